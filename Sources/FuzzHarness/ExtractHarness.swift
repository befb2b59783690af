import Foundation
import FaultlineModel
import FaultlineText
import FaultlineExtract

/// Fuzz harness for extraction (placeholder until the per-document `Extractor` lands):
/// text → tokens → `PhraseMatcher`, checked against a naive matcher.
public enum ExtractHarness {
    public static func run(_ bytes: [UInt8]) throws {
        _ = bytes
    }
}
