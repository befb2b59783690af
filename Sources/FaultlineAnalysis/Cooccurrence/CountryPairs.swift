import FaultlineModel

/// Country-level co-occurrence: the same windows as the actor pairs, with every actor
/// replaced by its country (`Actor.country`, else its code's root).
///
/// Computed from the sentence, event and document windows themselves rather than by summing
/// actor pairs, so that a sentence naming Lavrov, the Russian foreign ministry and Cavusoglu
/// counts once for Russia–Turkey, not twice. Pairs within one country are left out. The
/// analysis carries them as `Analysis.countryCooccurrence`.
public enum CountryPairs {
    /// The strongest country pair of an analysis (highest weight), if any.
    public static func strongest(in analysis: Analysis) -> Cooccurrence? {
        analysis.countryCooccurrence.first
    }

    static func compute(_ corpus: MergedCorpus, options: AnalysisOptions) -> [Cooccurrence] {
        let counter = CooccurrenceCounter(corpus: corpus, options: options)
        let raw = counter.count { corpus.sides.country($0) }
        return raw.filter { $0.a != $0.b }
    }
}
