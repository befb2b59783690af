import CGraphviz
import Foundation

/// Renders DOT text to SVG, PNG, PDF or plain layout with Graphviz's C library, in process.
///
/// Graphviz keeps global state (the DOT lexer, the error channel, plugin tables) and is not
/// thread-safe, so every cgraph/gvc call of the process goes through one lock held by this
/// type; callers may render from any thread. One `GVC_t` context lives for the whole process
/// (loading the plugin configuration once), and every graph is freed in reverse order of
/// creation: `gvFreeRenderData`, `gvFreeLayout`, `agclose`.
///
/// Graphviz's messages are captured with `agseterrf` for the duration of each call and
/// attached to the thrown `RenderError` (or returned as warnings). `agerrors()` is not used:
/// in Graphviz 2.42/2.43 it never resets, so one bad graph would poison later renders.
public final class GraphvizRenderer: @unchecked Sendable {
    /// The renderer every module uses; all instances would share one lock anyway.
    public static let shared = GraphvizRenderer()

    /// What a successful render produced.
    public struct Output: Sendable, Hashable {
        /// The rendered bytes (UTF-8 text for SVG, plain, DOT and JSON).
        public var data: Data
        /// Graphviz's warnings for this graph (for example an unknown attribute value).
        public var warnings: [String]
    }

    private init() {}

    /// Lays out `dot` with `engine` and renders it as `format`.
    ///
    /// - Parameter source: how to name the graph in error messages (a file name), default `<dot>`.
    /// - Throws: `RenderError` with Graphviz's message when the text does not parse, the
    ///   engine or format is unknown, or the layout fails. The renderer stays usable.
    public func render(dot: String, format: GraphvizFormat = .svg, engine: LayoutEngine = .dot,
                       source: String = "<dot>") throws -> Data {
        try renderWithWarnings(dot: dot, format: format, engine: engine, source: source).data
    }

    /// Like `render(dot:format:engine:source:)`, also returning Graphviz's warnings.
    public func renderWithWarnings(dot: String, format: GraphvizFormat = .svg, engine: LayoutEngine = .dot,
                                   source: String = "<dot>") throws -> Output {
        try render(dot: dot, formatName: format.rawValue, engineName: engine.rawValue, source: source)
    }

    /// The render with Graphviz's own format and engine names (`svg:cairo`, `nop2`), which
    /// are checked by Graphviz itself.
    func render(dot: String, formatName: String, engineName: String, source: String) throws -> Output {
        if let nul = dot.utf8.firstIndex(of: 0) {
            let offset = dot.utf8.distance(from: dot.utf8.startIndex, to: nul)
            throw RenderError(stage: .parse, source: source,
                              summary: "the DOT text contains a NUL byte at byte offset \(offset)")
        }
        return try GraphvizRenderer.locked {
            try GraphvizRenderer.renderLocked(dot: dot, format: formatName, engine: engineName, source: source)
        }
    }

    /// Names of the output formats the installed Graphviz plugins offer (`svg`, `png:cairo` …).
    public func availableFormats() -> [String] {
        GraphvizRenderer.locked {
            guard let context = GraphvizRenderer.context() else { return [] }
            var count: Int32 = 0
            guard let list = gvPluginList(context, "device", &count, nil) else { return [] }
            var names: [String] = []
            for i in 0..<Int(count) {
                if let item = list[i] {
                    names.append(String(cString: item))
                    free(item)
                }
            }
            free(list)
            return names.sorted()
        }
    }

    // MARK: - Everything below runs with `lock` held.

    private static let lock = NSLock()
    nonisolated(unsafe) private static var sharedContext: OpaquePointer?

    private static func locked<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// The process-wide context, created on first use.
    private static func context() -> OpaquePointer? {
        if sharedContext == nil { sharedContext = gvContext() }
        return sharedContext
    }

    /// Puts the DOT lexer back in its initial state before a read.
    ///
    /// cgraph's lexer is a global flex scanner that reading a graph does not reset: input left
    /// after the first graph (`digraph a {} }}`), an unterminated string or comment, or an
    /// HTML label cut short stays buffered and corrupts the next read, and line numbers
    /// keep counting. `aaglex_destroy` (flex's `yylex_destroy` under cgraph's `aag` prefix)
    /// is exported by libcgraph but not declared in its headers, so it is looked up once.
    private static func resetLexer() {
        _ = lexerDestroy?()
        agreadline(1)
    }

    private typealias LexerDestroy = @convention(c) () -> Int32
    private static let lexerDestroy: LexerDestroy? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "aaglex_destroy") else { return nil }
        return unsafeBitCast(symbol, to: LexerDestroy.self)
    }()

    private static func renderLocked(dot: String, format: String, engine: String, source: String) throws -> Output {
        let messages = GraphvizMessages.begin()
        defer { GraphvizMessages.end() }
        guard let context = context() else {
            throw RenderError(stage: .layout, source: source, summary: "Graphviz could not create a context")
        }
        resetLexer()
        guard let graph = GraphvizReader.read(dot) else {
            let lines = messages.drain()
            throw RenderError(stage: .parse, source: source,
                              summary: lines.isEmpty ? "no graph found in the DOT text" : "the DOT text does not parse",
                              messages: lines)
        }
        defer { agclose(graph) }
        guard gvLayout(context, graph, engine) == 0 else {
            gvFreeLayout(context, graph)
            throw RenderError(stage: .layout, source: source, summary: "layout with engine '\(engine)' failed",
                              messages: messages.drain())
        }
        defer { gvFreeLayout(context, graph) }
        var result: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        let status = gvRenderData(context, graph, format, &result, &length)
        defer { if let result { gvFreeRenderData(result) } }
        guard status == 0, let bytes = result else {
            throw RenderError(stage: .render, source: source, summary: "rendering as '\(format)' failed",
                              messages: messages.drain())
        }
        let data = Data(bytes: bytes, count: Int(length))
        return Output(data: data, warnings: messages.drain())
    }
}
