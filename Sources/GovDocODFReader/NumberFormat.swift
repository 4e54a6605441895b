import GovDoc

/// The number formats of ODF list levels (`style:num-format`), printed as LibreOffice 7.4 prints
/// them. LibreOffice names its CJK formats by their first three numbers (`一, 二, 三, ...`);
/// other writers use the first one (`一`). Both are read as the format they name — although
/// LibreOffice 7.4 itself prints a bare `一` as `1` (measured: it knows only the long names), the
/// writer of such a file meant Chinese numbers.
enum NumberFormat: Equatable, Sendable {
    case none
    case decimal
    /// `01, 02, 03, ...` and wider: zero-padded to `width` digits.
    case decimalZero(width: Int)
    case fullWidth
    /// ① … ㊿, then decimal.
    case circled
    /// 一、十一、一百零一 (LibreOffice's lower Chinese; Word's chineseCounting).
    case chineseLower
    /// 壹、壹拾壹 (大写, simplified).
    case chineseLegalSimplified
    /// 壹、壹拾壹 (大寫, traditional: 貳 參 陸 萬).
    case chineseLegalTraditional
    /// 甲 … 癸, then decimal.
    case heavenlyStems
    /// 子 … 亥, then decimal.
    case earthlyBranches
    /// a … z, then aa, ab … (or aa, bb … when `sync`).
    case lowerLetter(sync: Bool)
    case upperLetter(sync: Bool)
    case lowerRoman
    case upperRoman

    /// The format named by `style:num-format` (and `style:num-letter-sync`); unknown names print
    /// decimal, as LibreOffice does for formats it does not know.
    init(odf: String?, letterSync: Bool = false) {
        guard let odf else { self = .decimal; return }
        let tokens = odf.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmedSpaces }
        let first = tokens.first ?? ""
        let second = tokens.count > 1 ? tokens[1] : ""
        switch first {
        case "": self = .none
        case "1": self = .decimal
        case "a": self = .lowerLetter(sync: letterSync)
        case "A": self = .upperLetter(sync: letterSync)
        case "i": self = .lowerRoman
        case "I": self = .upperRoman
        case "１": self = .fullWidth
        case "①": self = .circled
        case "一", "〇": self = .chineseLower
        case "壹": self = (second == "貳" ? .chineseLegalTraditional : .chineseLegalSimplified)
        case "甲": self = .heavenlyStems
        case "子": self = .earthlyBranches
        default:
            if first.count > 1, first.allSatisfy({ $0 == "0" || $0 == "1" }), first.hasSuffix("1"), first.dropLast().allSatisfy({ $0 == "0" }) {
                self = .decimalZero(width: first.count)
            } else {
                self = .decimal
            }
        }
    }

    func format(_ n: Int) -> String { ListNumbering.text(n, style) }

    /// The ``ListNumbering`` style LibreOffice prints the format in (stems and branches run
    /// out into decimal; letters and Roman numerals go on without bound).
    var style: ListNumbering.Style {
        switch self {
        case .none: return .none
        case .decimal: return .decimal
        case let .decimalZero(width): return .decimalZero(width: width)
        case .fullWidth: return .fullWidth
        case .circled: return .circled
        case .chineseLower: return .chineseCounting
        case .chineseLegalSimplified: return .chineseLegal(traditional: false)
        case .chineseLegalTraditional: return .chineseLegal(traditional: true)
        case .heavenlyStems: return .heavenlyStems(cycling: false)
        case .earthlyBranches: return .earthlyBranches(cycling: false)
        case let .lowerLetter(sync): return .letters(upper: false, repeating: sync)
        case let .upperLetter(sync): return .letters(upper: true, repeating: sync)
        case .lowerRoman: return .roman(upper: false)
        case .upperRoman: return .roman(upper: true)
        }
    }
}
