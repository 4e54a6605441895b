/// 份号, 密级和保密期限, 紧急程度 (GB/T 9704 §7.2.1–7.2.3): flush left at the top of the text
/// block, in this order, above the 发文机关标志 (on a 信函, under the first double rule).
public struct ClassificationMarks: Sendable, Equatable {
    /// 份号: six Arabic digits, e.g. `000123`.
    public var copyNumber: String?
    /// 密级和保密期限, e.g. 秘密★1年.
    public var classification: Classification?
    /// 紧急程度.
    public var urgency: Urgency?

    public init(copyNumber: String? = nil, classification: Classification? = nil, urgency: Urgency? = nil) {
        self.copyNumber = copyNumber
        self.classification = classification
        self.urgency = urgency
    }

    public var isEmpty: Bool { copyNumber == nil && classification == nil && urgency == nil }

    /// The printed lines, top to bottom: the 份号 (3号仿宋, digits in the Latin font) and the
    /// others (3号黑体, `bold` here).
    public var lines: [(text: String, heiti: Bool)] {
        var result: [(String, Bool)] = []
        if let copyNumber { result.append((copyNumber, false)) }
        if let classification { result.append((classification.text, true)) }
        if let urgency { result.append((urgency.rawValue, true)) }
        return result
    }

    /// `copy:` as written → six digits: up to six Arabic digits, zero-padded; `nil` otherwise.
    public static func copyNumber(_ written: String) -> String? {
        guard (1...6).contains(written.count), written.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return String(repeating: "0", count: 6 - written.count) + written
    }
}

/// 密级和保密期限 §7.2.2: the level, optionally `★` and the period (Arabic digits, `1年`, `6个月`).
public struct Classification: Sendable, Equatable {
    public enum Level: String, Sendable, Equatable, CaseIterable {
        case secret = "秘密"
        case confidential = "机密"
        case topSecret = "绝密"
    }
    public var level: Level
    /// The period after `★`, e.g. `1年`, `6个月`, `长期`.
    public var period: String?

    public init(level: Level, period: String? = nil) {
        self.level = level
        self.period = period
    }

    /// Parses `秘密`, `机密★10年`, `绝密★6个月`, `绝密★长期`; `nil` for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "★", maxSplits: 1, omittingEmptySubsequences: false)
        guard let level = Level(rawValue: String(parts[0])) else { return nil }
        self.level = level
        guard parts.count == 2 else { period = nil; return }
        let period = String(parts[1])
        guard Classification.isPeriod(period) else { return nil }
        self.period = period
    }

    /// A period: `长期`, or Arabic digits (no leading zero) followed by 年, 个月 or 月.
    static func isPeriod(_ s: String) -> Bool {
        if s == "长期" { return true }
        let digits = s.prefix { $0.isASCII && $0.isNumber }
        let unit = s.dropFirst(digits.count)
        guard !digits.isEmpty, digits.first != "0" else { return false }
        return unit == "年" || unit == "个月" || unit == "月"
    }

    /// `秘密★1年`
    public var text: String { level.rawValue + (period.map { "★" + $0 } ?? "") }
}

/// 紧急程度 §7.2.3 (`特提` and `平急` for telegrams).
public enum Urgency: String, Sendable, Equatable, CaseIterable {
    case extraUrgent = "特急"
    case urgent = "加急"
    case flash = "特提"
    case ordinary = "平急"
}

/// 纪要 (§10.3): who attended, who was absent, who sat in; each printed as a line after the
/// body, `出席：` in 3号黑体, the names in 3号仿宋 joined with `、`.
public struct Attendance: Sendable, Equatable {
    public var attendees: [String]
    public var absent: [String]
    public var observers: [String]

    public init(attendees: [String] = [], absent: [String] = [], observers: [String] = []) {
        self.attendees = attendees
        self.absent = absent
        self.observers = observers
    }

    public var isEmpty: Bool { attendees.isEmpty && absent.isEmpty && observers.isEmpty }

    /// The lines in the standard's order: label and names.
    public var lines: [(label: String, names: String)] {
        [("出席：", attendees), ("请假：", absent), ("列席：", observers)]
            .filter { !$0.1.isEmpty }
            .map { ($0.0, $0.1.joined(separator: "、")) }
    }
}
