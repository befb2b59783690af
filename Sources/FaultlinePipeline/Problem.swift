import FaultlineText
import FaultlineExtract

/// Something that went wrong with one input, one document or one lexicon line.
///
/// Problems never stop the run: the other documents are still analysed, and the command
/// exits non-zero when any problem is an error.
public struct Problem: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable { case warning, error }

    public var severity: Severity
    public var message: String

    public init(severity: Severity, message: String) {
        self.severity = severity; self.message = message
    }

    public init(_ e: IngestError) {
        self.init(severity: e.severity == .error ? .error : .warning, message: e.description)
    }

    public init(_ e: LexiconError) {
        self.init(severity: .error, message: e.description)
    }

    public var description: String { "\(severity.rawValue): \(message)" }
    public var isError: Bool { severity == .error }
}
