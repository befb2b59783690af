import ArgumentParser
import Foundation
import FaultlineText
import FaultlineExtract
import FaultlinePipeline

/// Where the corpus comes from and how it is read: shared by every command that analyses.
struct InputOptions: ParsableArguments {
    @Argument(help: "Articles: .txt (first line = title), .jsonl, .html files, folders (recursive), or - for standard input.")
    var inputs: [String] = []

    @Option(help: "Publication date (YYYY-MM-DD) for every document; without it a document's own date is used, else a YYYY-MM-DD or YYYYMMDD date in its file name.")
    var published: String?

    @Option(help: "Language of documents that do not say (vi or en); detected otherwise.")
    var language: String?

    @Option(help: "Date anchoring: news (relative dates count from the publication date) or narrative (from the last date mentioned).")
    var mode: TemporalMode = .news

    @Option(name: .customLong("lexicon"), help: ArgumentHelp("A folder of extra lexicon TSV files (actors, verbs, reporting cues; per language in DIR/vi, DIR/en).", valueName: "dir"))
    var lexicon: String?

    @Option(name: .customLong("dictionaries"), help: ArgumentHelp("A folder of PETRARCH/Phoenix .actors and agents dictionaries.", valueName: "dir"))
    var dictionaries: String?

    @Option(help: ArgumentHelp("Read the corpus from this SQLite store (see `faultline ingest`) instead of inputs.", valueName: "file"))
    var store: String?

    @Option(help: "Documents larger than this many bytes are skipped with an error.")
    var maxDocumentBytes: Int = IngestOptions.defaultMaxDocumentBytes

    @Option(help: "Extraction threads (default: every core).")
    var jobs: Int?

    func validate() throws {
        if let p = published, !DateArgument.isDay(p) {
            throw ValidationError("--published \(p): expected a date as YYYY-MM-DD")
        }
        if let l = language, !["vi", "en"].contains(l.lowercased()) {
            throw ValidationError("--language \(l): expected vi or en")
        }
        if let j = jobs, j < 1 { throw ValidationError("--jobs \(j): expected 1 or more") }
        if maxDocumentBytes < 1 { throw ValidationError("--max-document-bytes must be positive") }
    }

    /// Commands that analyse need something to read: inputs or a store.
    func requireCorpus() throws {
        if inputs.isEmpty && store == nil {
            throw ValidationError("give at least one input (a file, a folder or -), or --store FILE")
        }
    }

    var pipelineOptions: PipelineOptions {
        PipelineOptions(
            ingest: IngestOptions(published: published, language: language?.lowercased(), maxDocumentBytes: maxDocumentBytes),
            mode: mode, lexiconDirectory: lexicon, dictionaryDirectory: dictionaries,
            jobs: jobs ?? OrderedParallelMap.allCores, progress: ProgressBar.isTerminal)
    }
}

extension TemporalMode: ExpressibleByArgument {}

/// Checks of date arguments.
enum DateArgument {
    /// True for a real calendar day written YYYY-MM-DD.
    static func isDay(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m), d >= 1 else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return d <= days
    }
}
