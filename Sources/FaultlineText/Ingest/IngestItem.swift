import FaultlineModel

/// One result of streaming ingestion: a document, or a problem with an input.
public enum IngestItem: Sendable, Hashable {
    case document(Document)
    case issue(IngestError)
}

/// Everything one ingestion run produced, in input order.
public struct IngestResult: Sendable, Hashable {
    public var documents: [Document]
    /// Errors and warnings, in the order they were met.
    public var issues: [IngestError]

    public init(documents: [Document] = [], issues: [IngestError] = []) {
        self.documents = documents; self.issues = issues
    }

    /// Problems that made a document or an input be skipped.
    public var errors: [IngestError] { issues.filter { $0.severity == .error } }
    /// Repairs made while the document was still read.
    public var warnings: [IngestError] { issues.filter { $0.severity == .warning } }
    /// True when no input or document was skipped (the CLI exits 0 only then).
    public var succeeded: Bool { errors.isEmpty }
}
