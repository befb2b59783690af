import Foundation

/// Maps a batch of independent items on several threads and hands the results back in
/// input order, so parallel runs give byte-identical output to serial ones.
///
/// Documents are independent, so extraction parallelises by document; batching keeps
/// memory bounded by the batch (not the corpus) when inputs are streamed.
public struct OrderedParallelMap: Sendable {
    /// Worker threads; 1 runs serially on the calling thread.
    public var jobs: Int

    public init(jobs: Int) { self.jobs = max(1, jobs) }

    /// Default: every core of the machine.
    public static var allCores: Int { ProcessInfo.processInfo.activeProcessorCount }

    public func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if jobs == 1 || items.count < 2 { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        let workers = min(jobs, items.count)
        let next = AtomicCounter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let i = next.increment()
                if i >= items.count { break }
                results.set(i, transform(items[i]))
            }
        }
        return results.values()
    }
}

/// Result slots written by distinct indices from many threads.
final class ResultSlots<R>: @unchecked Sendable {
    private var slots: [R?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ i: Int, _ value: R) {
        lock.lock(); slots[i] = value; lock.unlock()
    }

    func values() -> [R] { slots.map { $0! } }
}

/// A shared work index: each worker takes the next item.
final class AtomicCounter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func increment() -> Int {
        lock.lock(); defer { lock.unlock() }
        let v = value
        value += 1
        return v
    }
}
