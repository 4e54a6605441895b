#!/usr/bin/env python3
"""Draws the sample seal images in Examples/seals/ (marked 样章: not the seal of any real organ).

A red ring, a star, the issuer's name on an arc and 样章 under the star; 42 mm at 300 DPI,
PNG with a pHYs chunk (so govdoc prints it 42 mm wide), transparent outside the ink.
Usage: python3 Scripts/make-sample-seals.py   (needs Pillow: pip install Pillow)
"""
import math
import os
import sys

from PIL import Image, ImageDraw, ImageFont

RED = (230, 0, 18, 255)
DPI = 300
SIZE = round(42 / 25.4 * DPI)   # 496 px
FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"


def font(px):
    for path in (FONT, "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"):
        if os.path.exists(path):
            return ImageFont.truetype(path, px)
    sys.exit("no CJK font found (apt-get install fonts-noto-cjk)")


def star(draw, cx, cy, r):
    points = []
    for i in range(10):
        a = -math.pi / 2 + i * math.pi / 5
        rr = r if i % 2 == 0 else r * 0.382
        points.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    draw.polygon(points, fill=RED)


def seal(name, path):
    scale = 4  # drawn large, scaled down for smooth edges
    s = SIZE * scale
    img = Image.new("RGBA", (s, s), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    c = s / 2
    ring = s * 0.035
    d.ellipse([0, 0, s - 1, s - 1], outline=RED, width=int(ring))   # the ring is the image's edge
    star(d, c, c, s * 0.16)
    # the name on an arc, from lower left over the top to lower right, upright towards the centre
    f = font(int(s * 0.11))
    radius = s * 0.36
    span = math.radians(min(240, 24 * len(name)))
    for i, ch in enumerate(name):
        a = -math.pi / 2 - span / 2 + span * (i + 0.5) / len(name)
        glyph = Image.new("RGBA", (int(s * 0.14), int(s * 0.14)), (255, 255, 255, 0))
        gd = ImageDraw.Draw(glyph)
        gd.text((glyph.width / 2, glyph.height / 2), ch, font=f, fill=RED, anchor="mm")
        glyph = glyph.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        x = c + radius * math.cos(a) - glyph.width / 2
        y = c + radius * math.sin(a) - glyph.height / 2
        img.alpha_composite(glyph, (int(x), int(y)))
    # 样章 under the star
    d.text((c, c + s * 0.27), "样章", font=font(int(s * 0.1)), fill=RED, anchor="mm")
    img = img.resize((SIZE, SIZE), Image.LANCZOS)
    img.save(path, dpi=(DPI, DPI), optimize=True)
    print("wrote", path)


if __name__ == "__main__":
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Examples", "seals")
    os.makedirs(here, exist_ok=True)
    seal("青山县人民政府", os.path.join(here, "qingshan-county.png"))
    seal("青山县财政局", os.path.join(here, "qingshan-finance.png"))
    seal("青山县农业农村局", os.path.join(here, "qingshan-agriculture.png"))
    # a bar chart for the figure example (Examples/images/)
    from PIL import Image as _I
    chart = _I.new("RGB", (1200, 700), "white")
    cd = ImageDraw.Draw(chart)
    f = font(40)
    cd.line([(120, 620), (1150, 620)], fill="black", width=3)
    cd.line([(120, 60), (120, 620)], fill="black", width=3)
    for i, (label, value) in enumerate([("一季度", 320), ("二季度", 410), ("三季度", 520), ("四季度", 380)]):
        x = 200 + i * 240
        cd.rectangle([x, 620 - value, x + 140, 620], fill=(40, 90, 160))
        cd.text((x + 70, 660), label, font=f, fill="black", anchor="mm")
        cd.text((x + 70, 600 - value), str(value), font=f, fill="black", anchor="mm")
    out = os.path.join(here, "..", "images", "chart.png")
    chart.save(out, dpi=(150, 150))
    print("wrote", out)
    # a signer's signature seal (签名章) for the order example: a red square, the name in seal
    # style, 样章 in the corner
    s = SIZE // 2 * 4   # 21 mm, drawn at 4×
    sig = Image.new("RGBA", (s, s), (255, 255, 255, 0))
    sd = ImageDraw.Draw(sig)
    sd.rectangle([0, 0, s - 1, s - 1], outline=RED, width=int(s * 0.06))
    f2 = font(int(s * 0.34))
    for i, ch in enumerate("李明之印"):
        col, row = 1 - i // 2, i % 2   # read right column first, top to bottom
        sd.text((s * (0.3 + 0.4 * col), s * (0.3 + 0.4 * row)), ch, font=f2, fill=RED, anchor="mm")
    sd.text((s * 0.5, s * 0.5), "样章", font=font(int(s * 0.1)), fill=RED, anchor="mm")
    sig = sig.resize((SIZE // 2, SIZE // 2), Image.LANCZOS)
    out = os.path.join(here, "signer-sample.png")
    sig.save(out, dpi=(DPI, DPI), optimize=True)
    print("wrote", out)
