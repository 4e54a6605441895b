#!/usr/bin/env python3
"""Writes the small test images in Tests/Fixtures/images/ (needs Pillow).

Each is one solid dark rectangle filling the whole image, so that its rendered ink is its box.
"""
import os
from PIL import Image

here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Fixtures", "images")
os.makedirs(here, exist_ok=True)
# 8-bit RGB, 200 DPI, 400 × 250
Image.new("RGB", (400, 250), (0, 0, 200)).save(os.path.join(here, "rgb8.png"), dpi=(200, 200))
# 16-bit grey, no pHYs, 300 × 300
Image.new("I;16", (300, 300), 0x3000).save(os.path.join(here, "grey16.png"))
# palette with transparency, 72 DPI, 160 × 240
p = Image.new("P", (160, 240), 1)
p.putpalette([255, 255, 255, 0, 120, 0] + [0] * 762)
p.save(os.path.join(here, "palette.png"), dpi=(72, 72), transparency=0)
# JPEG with a JFIF density of 150 DPI, 600 × 200
Image.new("RGB", (600, 200), (120, 0, 0)).save(os.path.join(here, "jfif150.jpg"), dpi=(150, 150), quality=95)
# JPEG whose JFIF says no density (aspect only), 320 × 480
Image.new("RGB", (320, 480), (0, 60, 60)).save(os.path.join(here, "nodpi.jpg"), quality=95)
# not an image
open(os.path.join(here, "not-an-image.png"), "w").write("this is text, not a PNG\n")
print("wrote", here)
