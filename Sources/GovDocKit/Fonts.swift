@_exported import struct GovDocFonts.FontReport
@_exported import enum GovDocFonts.FontCatalogError
import GovDoc
import GovDocFonts
import GovDocMessages
import GovDocPDF
import GovDocTemplates

extension GovDocIO {
    /// Which of the faces a style sheet declares (by name, or a file; `gbt9704` when nil) are
    /// installed, and which face the PDF would be set in for each (`govdoc fonts`).
    public static func fontReport(style: String? = nil) throws -> FontReport {
        try fontReport(for: try Templates.styleSheet(style ?? "gbt9704"))
    }

    /// The same for a sheet in hand (a document's `styles`).
    public static func fontReport(for sheet: StyleSheet) throws -> FontReport {
        do { return try FontCatalog.report(for: sheet, profile: PDFWriter.fontConfigFile()) } catch {
            throw ExportError.output(path: PDFWriter.fontConfigFile() ?? "fontconfig", message: Message(.fontsUnavailable))
        }
    }

    /// What says which standard faces a document's PDF would lack, one message per face
    /// (empty: every face is installed) — what `--require-standard-fonts` refuses.
    public static func missingFaces(_ report: FontReport) -> [Message] {
        report.missing.map { entry in
            Message(.fontsMissingFace, ["face": entry.face, "alternative": entry.alternative ?? "—",
                                        "roles": entry.roles.joined(separator: "、"), "standIn": entry.standIn ?? "?"])
        }
    }
}
