import GovDoc
import GovDocPackaging
import Yams

/// The one way govdoc composes YAML it is given (front matter, `--meta` files, style sheets,
/// table layouts): held to the YAML limits of ``GovDoc/DocumentLimits`` first, on libyaml's
/// events, so that neither the composer nor a reader walking its tree meets a text nested
/// thousands deep or an alias bomb.
public enum DocumentYAML {
    /// The node tree, every scalar left as written (no resolver tables, no environment
    /// lookup); `nil` for an empty text. Throws ``GovDocPackaging/YAMLLimitError`` (with the
    /// line and column within `yaml`) for a text over the limits, Yams' own errors for a
    /// malformed one.
    public static func compose(_ yaml: String) throws -> Node? {
        try YAMLLimits.check(yaml, maximumDepth: DocumentLimits.maximumYAMLDepth,
                             maximumNodes: DocumentLimits.maximumYAMLNodes,
                             maximumScalarBytes: DocumentLimits.maximumTextBytes)
        return try Yams.compose(yaml: yaml, .basic, Constructor([:], [:], [:]), .utf8)
    }
}
