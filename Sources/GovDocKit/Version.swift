/// govdoc's version: `govdoc --version` prints it, and CHANGELOG.md has a section for it.
public enum GovDocVersion {
    public static let current = "0.1.0"
}
