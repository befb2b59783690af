/// A Graphviz layout engine; the raw value is the engine name (`-K`).
public enum LayoutEngine: String, CaseIterable, Sendable, Hashable {
    /// Layered (hierarchical) layout: timelines, flows.
    case dot
    /// Spring model (stress majorization): small undirected graphs.
    case neato
    /// Force-directed with cluster support: actor graphs with country clusters.
    case fdp
    /// Scalable force-directed: large undirected graphs.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout.
    case twopi
    /// Clusters packed as nested boxes.
    case osage
}
