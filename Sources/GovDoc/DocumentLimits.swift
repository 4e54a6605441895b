/// The sizes and counts a document may reach, the same for the CLI, the library and the
/// server (docs/limits.md, "Sizes and counts" and "YAML", states each of them once more).
///
/// Each is chosen so that every real 公文 passes by a wide margin (the stress document of
/// Benchmarks — a 10,000 × 8 table and 2,000 paragraphs — among them), and so that what
/// passes is written as a package that validates and that govdoc's own `import` reads back.
/// A source over one of them is refused early, at the line where it goes over.
public enum DocumentLimits {
    // MARK: Sizes and counts

    /// Bytes of a source file (the text with its front matter).
    public static let maximumSourceBytes = 32 << 20
    /// Lines of a source file: counted on the bytes before anything else is done with them,
    /// so that a million one-line headings are refused at once.
    public static let maximumLines = 250_000
    /// Blocks (paragraphs, headings, tables, figures, page breaks) of the body and the
    /// attachments together (a 公文 of some 1,500 pages).
    public static let maximumBlocks = 50_000
    /// Table cells of the whole document, counted as grid slots (rows × columns of each table).
    public static let maximumTableCells = 200_000
    /// Columns of one table.
    public static let maximumTableColumns = 100
    /// `rowspan` and `colspan` of one cell (the .docx reader's `w:gridSpan` cap).
    public static let maximumSpan = 1_000
    /// UTF-8 bytes of the text of one paragraph, heading, table cell or front-matter value
    /// (far under the 10 MB text node an XML reader takes).
    public static let maximumTextBytes = 1 << 20
    /// Images the document names (figures, seals, signature seal), counting repeats.
    public static let maximumImages = 500
    /// Bytes of the distinct images together (each distinct image is embedded once), so that
    /// the package stays under the 64 MB govdoc's own readers take.
    public static let maximumImageBytes = 50 << 20
    /// Pixels of an image's side (JPEG's own maximum; PNG allows 2³¹ − 1).
    public static let maximumImagePixels = 65_535
    /// A density (PNG `pHYs`, JPEG JFIF) outside this range of pixels per inch is taken as
    /// not given: the image is printed at the default size.
    public static let plausibleDensity: ClosedRange<Double> = 10...10_000

    // MARK: YAML (front matter, `--meta` files, style sheets)

    /// Nesting of mappings and sequences, aliases counted at the depth they are used.
    public static let maximumYAMLDepth = 32
    /// Nodes (scalars, mappings, sequences) after every alias is expanded.
    public static let maximumYAMLNodes = 100_000

    // MARK: What the writers write

    /// The largest length a package records, in points: DrawingML's `ST_PositiveCoordinate`
    /// maximum 27,273,042,316,900 EMU (12,700 a point) is 2³¹ − 1 points; ODF lengths are
    /// capped the same.
    public static let maximumLength = 2_147_483_647.0

    /// `value` rounded to an integer and held inside `range` (NaN gives the lower bound): the
    /// conversion of a derived size that can never trap.
    public static func clampedInteger(_ value: Double, in range: ClosedRange<Int>) -> Int {
        guard !value.isNaN else { return range.lowerBound }
        let rounded = value.rounded()
        if rounded <= Double(range.lowerBound) { return range.lowerBound }
        if rounded >= Double(range.upperBound) { return range.upperBound }
        return Int(rounded)
    }
}
