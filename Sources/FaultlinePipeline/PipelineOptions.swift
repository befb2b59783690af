import FaultlineText
import FaultlineExtract

/// Everything that decides how inputs become a corpus analysis.
public struct PipelineOptions: Sendable {
    /// Reading options: `--published`, `--language`, `--max-document-bytes`.
    public var ingest: IngestOptions
    /// How relative dates are anchored (`--mode news|narrative`).
    public var mode: TemporalMode
    /// User lexicon folder (`--lexicon DIR`).
    public var lexiconDirectory: String?
    /// PETRARCH/Phoenix dictionary folder (`--dictionaries DIR`).
    public var dictionaryDirectory: String?
    /// Worker threads for extraction (`--jobs`); defaults to every core.
    public var jobs: Int
    /// Documents extracted per parallel batch; bounds memory when inputs stream.
    public var batchSize: Int
    /// Draw a progress bar on a terminal.
    public var progress: Bool

    public init(ingest: IngestOptions = IngestOptions(), mode: TemporalMode = .news,
                lexiconDirectory: String? = nil, dictionaryDirectory: String? = nil,
                jobs: Int = OrderedParallelMap.allCores, batchSize: Int = 64, progress: Bool = false) {
        self.ingest = ingest; self.mode = mode; self.lexiconDirectory = lexiconDirectory
        self.dictionaryDirectory = dictionaryDirectory; self.jobs = jobs
        self.batchSize = batchSize; self.progress = progress
    }
}
