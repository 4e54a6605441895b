internal import CYaml
import GovDocMessages

/// Why a YAML text is refused before it is composed: where (1-based line and column within
/// the text) and what.
public struct YAMLLimitError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: Message

    public init(line: Int, column: Int, message: Message) {
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(line):\(column): \(message)" }
}

/// The limits a YAML text is held to before it is composed into a tree (front matter,
/// `--meta` files, style sheets: one check for all of them).
///
/// The text runs through libyaml's event parser, which keeps its own stacks on the heap, so
/// a text nested thousands deep is measured without recursion; then the composer (recursive,
/// on the thread's stack) and the readers that walk its tree only ever see texts within the
/// limits. Aliases are counted at their expanded size, so a "billion laughs" of a kilobyte is
/// refused at the alias that goes over.
public enum YAMLLimits {
    /// Checks `yaml` against the limits; syntax errors are left to the composer (which names
    /// them as before).
    public static func check(_ yaml: String, maximumDepth: Int, maximumNodes: Int, maximumScalarBytes: Int) throws(YAMLLimitError) {
        var scanner = Scanner(maximumDepth: maximumDepth, maximumNodes: maximumNodes, maximumScalarBytes: maximumScalarBytes)
        var bytes = Array(yaml.utf8)
        if bytes.isEmpty { return }
        let problem: YAMLLimitError? = bytes.withUnsafeMutableBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return nil }
                if let problem = scanner.take(event) { return problem }
            }
            return nil   // a syntax error: the composer reports it
        }
        if let problem { throw problem }
    }

    /// The running counts over the events.
    private struct Scanner {
        let maximumDepth: Int
        let maximumNodes: Int
        let maximumScalarBytes: Int
        /// Open collections: the node count and the deepest level inside when each started,
        /// and its anchor.
        private var open: [(nodesBefore: Int, anchor: String?, deepest: Int)] = []
        /// Each anchor's expanded size: nodes, and collection levels under it (-1 for a scalar).
        private var anchors: [String: (nodes: Int, height: Int)] = [:]
        private var nodes = 0

        init(maximumDepth: Int, maximumNodes: Int, maximumScalarBytes: Int) {
            self.maximumDepth = maximumDepth
            self.maximumNodes = maximumNodes
            self.maximumScalarBytes = maximumScalarBytes
        }

        mutating func take(_ event: yaml_event_t) -> YAMLLimitError? {
            let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
            func refuse(_ template: MessageTemplate, _ arguments: [String: String]) -> YAMLLimitError {
                YAMLLimitError(line: line, column: column, message: Message(template, arguments))
            }
            switch event.type {
            case YAML_SCALAR_EVENT:
                guard event.data.scalar.length <= maximumScalarBytes else {
                    return refuse(.limitsYAMLScalar, ["size": String(event.data.scalar.length), "maximum": String(maximumScalarBytes)])
                }
                nodes += 1
                if let anchor = Self.text(event.data.scalar.anchor) { anchors[anchor] = (1, -1) }
                reach(open.count)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let anchor = Self.text(event.type == YAML_SEQUENCE_START_EVENT ? event.data.sequence_start.anchor : event.data.mapping_start.anchor)
                open.append((nodes, anchor, open.count + 1))
                nodes += 1
                guard open.count <= maximumDepth else { return refuse(.limitsYAMLDepth, ["maximum": String(maximumDepth)]) }
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let closed = open.popLast() else { return nil }
                if let anchor = closed.anchor { anchors[anchor] = (nodes - closed.nodesBefore, closed.deepest - (open.count + 1)) }
                reach(closed.deepest)
            case YAML_ALIAS_EVENT:
                guard let name = Self.text(event.data.alias.anchor), let size = anchors[name] else { return nil }
                nodes += size.nodes
                guard open.count + 1 + size.height <= maximumDepth else { return refuse(.limitsYAMLDepth, ["maximum": String(maximumDepth)]) }
                reach(open.count + 1 + size.height)
            default:
                return nil
            }
            guard nodes <= maximumNodes else { return refuse(.limitsYAMLNodes, ["maximum": String(maximumNodes)]) }
            return nil
        }

        /// Records that the innermost open collection holds something `level` deep.
        private mutating func reach(_ level: Int) {
            guard !open.isEmpty else { return }
            open[open.count - 1].deepest = max(open[open.count - 1].deepest, level)
        }

        private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            guard let pointer else { return nil }
            return String(cString: pointer)
        }
    }
}
