import LedgerCore

/// Which victim categories can sit inside which, and which exclude one another at the top level.
enum Hierarchy {
    static let exclusive: Set<VictimCategory> = [.civilians, .sdf, .is, .regime, .coalition, .iranBacked, .russian, .opposition, .government, .military, .unidentified]

    /// True when a figure of category `child` can be a subset of one of category `parent`.
    static func canContain(_ parent: VictimCategory, _ child: VictimCategory) -> Bool {
        if parent == .all || child == .all || parent == child { return true }
        switch parent {
        case .civilians: return [.children, .women, .guards, .other, .unidentified].contains(child)
        case .military: return [.sdf, .regime, .government, .iranBacked, .russian, .opposition, .coalition].contains(child)
        case .regime: return [.iranBacked, .russian, .military].contains(child)
        case .children, .women: return [.children, .women].contains(child)
        default: return child == .other
        }
    }
}
