import CGraphviz
import Foundation

/// Reads DOT text into a cgraph graph with object ids that follow the text, not memory.
///
/// cgraph's default id discipline uses the *address* of each interned name as the object
/// id, and keeps subgraphs ordered by id. Cluster order, and with it `dot`'s layout and
/// the order of elements in the SVG, then depends on where `malloc` happened to put the
/// names: the same DOT renders differently from run to run. This discipline hands out ids
/// in order of first appearance (even for named objects, odd for anonymous ones, as cgraph
/// expects), so a given DOT text always produces the same graph, layout and SVG.
///
/// Everything here runs with `GraphvizRenderer`'s lock held.
enum GraphvizReader {
    /// Parses `dot`; nil when it does not parse (Graphviz reports why through `agerr`).
    static func read(_ dot: String) -> UnsafeMutablePointer<Agraph_t>? {
        var bytes = Array(dot.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer -> UnsafeMutablePointer<Agraph_t>? in
            var source = Source(base: UnsafeRawPointer(buffer.baseAddress), count: buffer.count, offset: 0)
            return withUnsafeMutablePointer(to: &source) { agread(UnsafeMutableRawPointer($0), discipline) }
        }
    }

    /// The bytes being read and how far the lexer got.
    private struct Source {
        var base: UnsafeRawPointer?
        var count: Int
        var offset: Int
    }

    /// Names and ids of one root graph (the id discipline's state).
    private final class IDTable {
        let graph: UnsafeMutablePointer<Agraph_t>
        var idOfName: [String: IDTYPE] = [:]
        /// Interned name of named id `namedBase + 2 * (index + 1)`.
        var names: [UnsafeMutablePointer<CChar>?] = []
        var anonymous: IDTYPE = 0

        init(graph: UnsafeMutablePointer<Agraph_t>) { self.graph = graph }

        /// Named ids start far above the anonymous ones. cgraph's default discipline has the
        /// same order (a small counter for anonymous objects, string addresses for named
        /// ones), and `dot` depends on it: a cluster ordered before an anonymous
        /// `{rank=same; …}` holding one of its nodes crashes the layout (`delete_fast_node`
        /// assertion, or a segmentation fault) unless `newrank` is set.
        static let namedBase: IDTYPE = 1 << 40

        static func namedIndex(_ id: IDTYPE) -> Int? {
            guard id % 2 == 0, id > namedBase else { return nil }
            return Int((id - namedBase) / 2) - 1
        }

        static func from(_ state: UnsafeMutableRawPointer?) -> IDTable? {
            state.map { Unmanaged<IDTable>.fromOpaque($0).takeUnretainedValue() }
        }
    }

    /// Lives for the whole process: cgraph keeps pointers to the id and io disciplines in every graph.
    nonisolated(unsafe) private static let discipline: UnsafeMutablePointer<Agdisc_t> = {
        let ids = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
        ids.initialize(to: Agiddisc_t(
            open: { graph, _ in
                guard let graph else { return nil }
                return Unmanaged.passRetained(IDTable(graph: graph)).toOpaque()
            },
            map: { state, _, name, id, create in
                guard let table = IDTable.from(state), let id else { return 0 }
                guard let name else {
                    table.anonymous += 1
                    id.pointee = 2 * table.anonymous + 1
                    return 1
                }
                let key = String(cString: name)
                if create == 0 {
                    guard let known = table.idOfName[key] else { return 0 }
                    id.pointee = known
                    return 1
                }
                // Each creating map takes one reference on the interned name, each free drops one.
                let interned = agstrdup(table.graph, name)
                if let known = table.idOfName[key] {
                    table.names[IDTable.namedIndex(known)!] = interned
                    id.pointee = known
                } else {
                    table.names.append(interned)
                    let new = IDTable.namedBase + IDTYPE(2 * table.names.count)
                    table.idOfName[key] = new
                    id.pointee = new
                }
                return 1
            },
            alloc: { _, _, _ in 0 },
            free: { state, _, id in
                guard let table = IDTable.from(state), let index = IDTable.namedIndex(id) else { return }
                guard index < table.names.count, let name = table.names[index] else { return }
                _ = agstrfree(table.graph, name)
            },
            print: { state, _, id in
                guard let table = IDTable.from(state), let index = IDTable.namedIndex(id) else { return nil }
                return index < table.names.count ? table.names[index] : nil
            },
            close: { state in
                guard let state else { return }
                Unmanaged<IDTable>.fromOpaque(state).release()
            },
            idregister: { _, _, _ in }
        ))
        let io = UnsafeMutablePointer<Agiodisc_t>.allocate(capacity: 1)
        io.initialize(to: Agiodisc_t(
            afread: { channel, buffer, size in
                // One line at a time, as cgraph's own in-memory reader does.
                guard let channel, let buffer, size > 0 else { return 0 }
                let source = channel.assumingMemoryBound(to: Source.self)
                guard let base = source.pointee.base, source.pointee.offset < source.pointee.count else { return 0 }
                var n = 0
                while n < Int(size), source.pointee.offset < source.pointee.count {
                    let byte = base.load(fromByteOffset: source.pointee.offset, as: UInt8.self)
                    buffer[n] = CChar(bitPattern: byte)
                    n += 1
                    source.pointee.offset += 1
                    if byte == 0x0A { break }
                }
                return Int32(n)
            },
            putstr: AgIoDisc.putstr,
            flush: AgIoDisc.flush
        ))
        let discipline = UnsafeMutablePointer<Agdisc_t>.allocate(capacity: 1)
        discipline.initialize(to: Agdisc_t(mem: nil, id: ids, io: io))
        return discipline
    }()
}
