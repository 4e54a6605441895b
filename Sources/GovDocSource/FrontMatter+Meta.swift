import GovDoc
import GovDocTemplates
import Yams

extension FrontMatter {
    /// A side file of front-matter keys (`govdoc format --meta meta.yaml`): the same keys,
    /// checked the same way as in a source file, none required. Returns the values and the
    /// keys the file gives.
    public static func parseMeta(_ yaml: String, file: String) throws(SourceError) -> (matter: FrontMatter, keys: Set<String>) {
        var keys: Set<String> = []
        if let root = try? DocumentYAML.compose(yaml), let mapping = root.mapping {
            for (key, _) in mapping { if let k = key.scalar?.string { keys.insert(k) } }
        }
        let text = keys.contains("title") ? yaml : yaml + "\ntitle: \"-\""
        if text.trimmingCharacters(in: " \t\n") == "" {
            return (FrontMatter(), [])
        }
        let matter = try parse(text, file: file, firstLine: 1, openingLine: 1)
        return (matter, keys)
    }
}
