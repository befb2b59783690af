/// Settings for one ingestion run.
public struct IngestOptions: Sendable, Hashable {
    /// 50 MiB: large enough for any real article, small enough that a mistaken input
    /// (a database dump, a video) is refused before it is decoded.
    public static let defaultMaxDocumentBytes = 50 * 1024 * 1024

    /// Document creation date (`YYYY-MM-DD`) given by the user; it replaces any date the
    /// input carries, for every document of the run.
    public var published: String?
    /// Language tag (`vi`, `en`) given by the user; it replaces the input's and the guess.
    public var language: String?
    /// Largest document accepted, in bytes (a whole text/HTML file, or one JSONL line).
    /// A larger document is skipped with an error; the other documents continue.
    public var maxDocumentBytes: Int

    public init(published: String? = nil, language: String? = nil,
                maxDocumentBytes: Int = IngestOptions.defaultMaxDocumentBytes) {
        self.published = published; self.language = language
        self.maxDocumentBytes = maxDocumentBytes
    }
}
