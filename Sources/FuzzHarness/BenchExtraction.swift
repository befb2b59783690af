import FaultlineModel
import FaultlineExtract

/// The extraction work `FuzzBench extract` times per document; returns the number of
/// events and claims found, to print.
public enum BenchExtraction {
    public static func run(_ document: Document) -> Int {
        let a = ExtractHarness.extractor.analyze(document)
        return a.events.count + a.claims.count
    }
}
