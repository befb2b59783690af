import FaultlineModel

/// Turns the per-document extractions of a corpus into one analysis: merged actors, events
/// and claims with global ids, co-occurrence, dyads, centrality and contradictions.
///
/// The result depends only on the set of parts, never on their order: parts are sorted by
/// document id first (see `PartOrdering`), ids are assigned in document/sentence order, and
/// every list is sorted before output, so `JSONOutput` gives byte-identical JSON for any
/// permutation of the same parts. Analysing `A + B` equals analysing `B + A`, and merging
/// part lists in any grouping gives the same result.
///
/// Steps: order parts → find near-duplicate documents → merge actors → merge reports of one
/// event (`EventMerger`) → number events `e1…` and claims `c1…` and rewrite their references →
/// co-occurrence (actor and country level) → dyads → centrality → contradictions `x1…`, echoes
/// folded, grouped into disputes `d1…` (`DisputeGrouper`).
///
/// In the result every event lists all its reports in `mentions` (one entry when reported
/// once), `DocumentInfo.duplicateOf` marks syndicated copies, actors' `mentions` count original
/// documents only, and `countryCooccurrence` holds the country-level pairs.
public struct CorpusAnalyzer: Sendable {
    public init() {}

    /// Analyses the parts as one corpus.
    ///
    /// - Complexity: roughly linear in the number of events, claims and words; see
    ///   `EventMerger`, `DuplicateDetector` and `ContradictionDetector` for the bucketing.
    public func analyze(_ parts: [DocumentAnalysis], options: AnalysisOptions = .default) -> Analysis {
        let corpus = MergedCorpus(parts, options: options)
        let counter = CooccurrenceCounter(corpus: corpus, options: options)
        let cooccurrence = counter.count { $0 }
        let countries = CountryPairs.compute(corpus, options: options)
        let dyads = DyadTable.compute(corpus.events.enumerated().filter { corpus.isOriginal(part: corpus.eventPart[$0.offset]) }.map(\.element)) { $0 }
        let centrality = ActorNetwork(cooccurrence: cooccurrence).centrality(options: options)
        let (contradictions, disputes) = ContradictionDetector(corpus: corpus, options: options).detect()
        let actors = corpus.actors.values.sorted { $0.id < $1.id }
        return Analysis(documents: corpus.documents, actors: actors, events: corpus.events, claims: corpus.claims,
                        contradictions: contradictions, cooccurrence: cooccurrence, dyads: dyads,
                        centrality: centrality, countryCooccurrence: countries, disputes: disputes)
    }

    /// The dated event graph of an analysis (a convenience for `EventGraph(analysis)`).
    public func graph(_ analysis: Analysis) -> EventGraph { EventGraph(analysis) }
}
