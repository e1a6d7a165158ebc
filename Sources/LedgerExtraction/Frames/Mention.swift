import LedgerCore

/// What lies between a figure and the figure before it in the same list.
enum ListMarker: Sendable { case none, partition, subset, addition, trigger }

/// A figure found in a sentence, before it becomes a claim.
struct Mention: Sendable {
    /// Token range of the evidence (qualifier, number and noun phrase).
    var start: Int
    var end: Int
    /// Token index of the number (or noun) itself.
    var numberAt: Int
    var value: Int
    var qualifier: Qualifier = .exact
    var measure: Measure?
    /// The measure came from the figure's own noun (`148 قتيلاً`, `9 dead`).
    var ownMeasure = false
    var category: VictimCategory = .all
    var categoryText: String?
    /// The category came from words, not the default.
    var hasCategory = false
    /// Joined to the previous figure by `و`/`and`/a comma, with no new verb between.
    var chained = false
    var marker: ListMarker = .none
    var notes: [String] = []
    /// Singular or dual noun with no digit.
    var implicit = false
    /// Starts a new list item with `و`/`and`.
    var conj = false
    /// The measure came from a verb or noun of the mention's own clause, not from an open list.
    var ownTrigger = false
    /// "Two children were among 11 people killed": this figure is the total and the previous one a subset of it.
    var inverted = false
    /// A category label and a colon name the figure (`قوات النظام: 50`): it is a sibling of the labelled figure before it.
    var labelled = false
}

/// The triggers of a sentence.
struct TriggerHit: Sendable {
    var index: Int
    var measure: Measure
    var negated: Bool
}
