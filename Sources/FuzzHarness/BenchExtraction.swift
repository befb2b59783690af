import FaultlineModel
import FaultlineText

/// The extraction work `FuzzBench extract` times per document (tokens of every sentence
/// until the per-document extractor is available); returns a count to print.
public enum BenchExtraction {
    public static func run(_ document: Document) -> Int {
        var tokens = 0
        for s in document.sentences { tokens += Tokenizer.tokens(s.text).count }
        return tokens
    }
}
