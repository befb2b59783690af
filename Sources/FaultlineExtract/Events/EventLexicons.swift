import Foundation

/// The event and claim lexicons of one language: triggers (`verbs.tsv`), reporting
/// expressions (`reporting.tsv`) and closed-class markers (`grammar.tsv`, `modality.tsv`,
/// `domains.tsv`), loaded from `Resources/<lang>/` and optionally from user folders.
public struct EventLexicons: Sendable {
    public let language: String
    let verbs: VerbLexicon
    let markers: MarkerLexicon
    let reporting: ReportingLexicon

    /// File names read from each folder; a missing file is skipped.
    public static let fileNames = ["verbs.tsv", "reporting.tsv", "grammar.tsv", "modality.tsv", "domains.tsv"]

    /// Loads the bundled lexicons of `language`, then the same files from each of
    /// `extraDirectories` (user lexicons add entries; they never remove bundled ones).
    ///
    /// - Throws: `EventLexiconError` naming the file and line of the first malformed entry.
    public init(language: String, extraDirectories: [URL] = [], codebook: CameoCodebook = .standard) throws {
        self.language = language
        var verbs = VerbLexicon(language: language)
        var markers = MarkerLexicon()
        var reporting = ReportingLexicon(language: language)
        let dirs = [EventResourceFiles.directory(language: language)] + extraDirectories
        for dir in dirs {
            for name in EventLexicons.fileNames {
                let url = dir.appendingPathComponent(name)
                guard FileManager.default.fileExists(atPath: url.path) else { continue }
                let text = try EventLexiconText.read(url)
                let label = dir == dirs[0] ? "\(language)/\(name)" : url.path
                switch name {
                case "verbs.tsv": try verbs.load(text, file: label, codebook: codebook)
                case "reporting.tsv": try reporting.load(text, file: label, codebook: codebook)
                default: try markers.load(text, file: label)
                }
            }
        }
        self.verbs = verbs
        self.markers = markers
        self.reporting = reporting
    }

    /// Languages with bundled lexicons (folders holding a `verbs.tsv`).
    public static var bundledLanguages: [String] {
        let root = EventResourceFiles.root
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.filter {
            FileManager.default.fileExists(atPath: root.appendingPathComponent($0).appendingPathComponent("verbs.tsv").path)
        }.sorted()
    }

    /// Number of trigger entries.
    public var triggerCount: Int { verbs.entries.count }

    /// The coder over these lexicons.
    func coder(codebook: CameoCodebook = .standard) -> EventCoder {
        EventCoder(language: language, verbs: verbs, markers: markers, reporting: reporting, codebook: codebook)
    }
}
