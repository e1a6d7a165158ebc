import Foundation
import PropertyBased
import Testing

extension Trait where Self == EnableShrinkTrait {
    /// Shrinking where a person reads the failure, none where `CI` is set.
    ///
    /// Each case of these properties builds and rebuilds a ledger, and PropertyBased's shrinker has no
    /// budget: one CI run spent 45 minutes shrinking a 106-operation case. In CI a failing case prints
    /// its operations, salt and seed at once (enough to replay it with `.fixedSeed`); shrink it locally.
    static var shrinkingOutsideCI: Self {
        .shrinking(ProcessInfo.processInfo.environment["CI"] == nil)
    }
}
