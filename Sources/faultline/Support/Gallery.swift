import Foundation
import FaultlineModel
import FaultlineRender

/// The set of files `faultline analyze` writes: analysis.json, the three pictures as DOT and
/// SVG, and the HTML report. Rendering problems are collected, not thrown, so one picture
/// that Graphviz rejects does not cost the others.
struct Gallery {
    var analysis: Analysis
    var timeline: TimelineOptions
    var actorGraph: ActorGraphOptions

    /// A named picture: its DOT text and the SVG Graphviz made of it (nil when it failed).
    struct Picture {
        var name: String
        var dot: String
        var svg: String?
    }

    /// Draws the three pictures; failures are returned as messages.
    func pictures() -> (pictures: [Picture], problems: [String]) {
        var out: [Picture] = []
        var problems: [String] = []
        let sources: [(String, String, (GraphvizFormat) throws -> Data)] = [
            ("timeline", TimelineRenderer(options: timeline).dot(for: analysis), { try TimelineRenderer(options: timeline).render(analysis, format: $0) }),
            ("actors", ActorGraphRenderer(options: actorGraph).dot(for: analysis), { try ActorGraphRenderer(options: actorGraph).render(analysis, format: $0) }),
            ("contradictions", ContradictionMapRenderer().dot(for: analysis), { try ContradictionMapRenderer().render(analysis, format: $0) }),
        ]
        for (name, dot, render) in sources {
            do {
                let svg = try render(.svg)
                out.append(Picture(name: name, dot: dot, svg: String(decoding: svg, as: UTF8.self)))
            } catch {
                problems.append("\(name).dot: Graphviz could not draw it: \(error)")
                out.append(Picture(name: name, dot: dot, svg: nil))
            }
        }
        return (out, problems)
    }

    /// Writes every file into `directory`; returns the problems met.
    func write(to directory: String, title: String) throws -> [String] {
        let dir = URL(fileURLWithPath: directory)
        do { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) } catch {
            throw CommandError("\(directory): cannot create the folder: \(error.localizedDescription)")
        }
        func put(_ name: String, _ text: String) throws {
            try OutputSink.write(text, to: dir.appendingPathComponent(name).path)
        }
        try OutputSink.write(try JSONOutput.data(analysis), to: dir.appendingPathComponent("analysis.json").path)
        let (pics, problems) = pictures()
        var svgs: [String: String] = [:]
        for p in pics {
            try put("\(p.name).dot", p.dot)
            if let svg = p.svg {
                try put("\(p.name).svg", svg)
                svgs[p.name] = svg
            }
        }
        try put("report.html", HTMLReport().render(analysis: analysis, pictures: svgs, title: title))
        return problems
    }
}
