import Foundation

/// Finding input files for replay and for the regression tests.
public enum FuzzCorpus {
    /// The regular files named by `paths`, folders expanded recursively; sorted, hidden
    /// files skipped.
    public static func files(_ paths: [String]) -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { out.append(path); continue }
            guard isDirectory.boolValue else { out.append(path); continue }
            let base = path.hasSuffix("/") ? path : path + "/"
            var found: [String] = []
            if let walker = fm.enumerator(atPath: path) {
                while let item = walker.nextObject() as? String {
                    let name = (item as NSString).lastPathComponent
                    if name.hasPrefix(".") { continue }
                    var dir: ObjCBool = false
                    if fm.fileExists(atPath: base + item, isDirectory: &dir), !dir.boolValue { found.append(base + item) }
                }
            }
            out += found.sorted()
        }
        return out
    }
}
