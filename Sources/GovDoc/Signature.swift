/// 发文机关署名 and 成文日期 (GB/T 9704 §7.3.5), placed after the body.
public struct SignatureBlock: Sendable, Equatable {
    /// 发文机关署名.
    public var issuer: String
    /// 成文日期.
    public var date: CalendarDate?
    /// The document carries a seal (印章): §7.3.5.1 placement instead of §7.3.5.2.
    public var sealed: Bool
    /// The seal images (电子印章), one per issuer in `issuers` order, printed over the names and
    /// the date (§7.3.5.1); they imply `sealed`.
    public var sealImages: [ImageFile] = []
    /// 命令 (§7.3.5.3): the signer's signature seal (签名章) image.
    public var signatureImage: ImageFile? = nil
    /// The seal image of a single issuer.
    public var sealImage: ImageFile? {
        get { sealImages.first }
        set { sealImages = newValue.map { [$0] } ?? [] }
    }
    /// 联合行文: the other issuers after the lead (`issuer`), in order (§7.3.5.2: the lead's
    /// name first, the others below, the date under the last).
    public var jointIssuers: [String] = []
    /// 命令 (§7.3.5.3): the signer's title (`县长`) left of the signature seal.
    public var signerTitle: String?
    /// 命令: the signer's name, printed where the signature seal stands until it is an image.
    public var signerName: String?

    public init(issuer: String, date: CalendarDate?, sealed: Bool = false) {
        self.issuer = issuer
        self.date = date
        self.sealed = sealed
    }

    /// Every issuer in signing order: the lead first.
    public var issuers: [String] { [issuer] + jointIssuers }

    /// The date as printed: `2024年1月23日`.
    public var dateText: String? { date?.chinese }
}

/// Where the signature lines go, as right indents from the text block's right edge.
public struct SignatureLayout: Sendable, Equatable {
    /// Blank lines between the last body text and the issuer line.
    public var blankLinesBefore: Int
    /// Right indent of the issuer line, in points (the line is right-aligned).
    public var issuerRightIndent: Double
    /// Right indent of the date line, in points.
    public var dateRightIndent: Double?
    /// §7.3.5.2 when the date fits: it starts 2 字 right of the issuer's first character, so a
    /// writer may place it by its start (a left indent), which does not depend on how wide a
    /// renderer sets its digits (autospace).
    public var dateStartsAfterIssuer = false

    /// Applies §7.3.5.1 (sealed: date right-indented 4 字, issuer centred over it) or
    /// §7.3.5.2 (no seal: issuer right-indented 2 字, date starting 2 字 right of the issuer's
    /// first character; if that pushes the date past 2 字, the date is right-indented 2 字 and
    /// the issuer moves left). `character` is one 字 in points; widths are estimated with
    /// `width(of:)`; `autospace` says whether the lines are set with space where Han text meets
    /// digits or Latin — they are, in every file govdoc writes (``autospacedRoles``).
    public init(_ block: SignatureBlock, character: Double, autospace: Bool = true) {
        let name = SignatureLayout.width(of: block.issuer, autospace: autospace) * character
        guard let dateText = block.dateText else {
            blankLinesBefore = 1
            issuerRightIndent = (block.sealed ? 4 : 2) * character
            dateRightIndent = nil
            return
        }
        let date = SignatureLayout.width(of: dateText, autospace: autospace) * character
        if block.sealed {
            // room for the seal, which presses on the issuer and the date
            blankLinesBefore = 2
            let dateRight = 4 * character
            dateRightIndent = dateRight
            // centre of the name = centre of the date
            issuerRightIndent = max(0, dateRight + (date - name) / 2)
        } else {
            blankLinesBefore = 1
            var nameRight = 2 * character
            var dateRight = nameRight + name - 2 * character - date
            if dateRight < 2 * character {
                dateRight = 2 * character
                nameRight = dateRight + date + 2 * character - name
            } else {
                dateStartsAfterIssuer = true
            }
            issuerRightIndent = nameRight
            dateRightIndent = dateRight
        }
    }

    /// Width in 字 of the rendered text: Han and full-width characters 1, Latin letters and
    /// digits by the Latin font's advance widths (``TextWidth``), plus the space word processors
    /// add where Han text meets digits or Latin (Word's and LibreOffice's "autospace") unless
    /// `autospace` is false (the style sheet turns it off in the file).
    public static func width(of text: String, autospace: Bool = true) -> Double {
        TextWidth.ems(of: text, autospace: autospace ? Self.autospace : 0)
    }

    /// Extra width at a Han/Latin boundary, in 字 (measured on LibreOffice: 3.3 pt at 16 pt).
    public static let autospace = 0.21

    /// The roles of the signature lines, which every writer sets with autospace on
    /// (``StyleSheet/autospace(_:)``), so that the widths this layout assumes hold.
    public static let autospacedRoles: Set<Role> = [.signature, .date]
}
