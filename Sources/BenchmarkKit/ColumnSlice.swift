/// A read-only view of one measure over a series' rows (`NaN` = missing).
/// `interactions` is computed on access from likes, comments, shares and posts.
public struct ColumnSlice: RandomAccessCollection, Sendable {
    let rows: RowAccess
    let measure: Measure
    public let startIndex: Int
    public let endIndex: Int

    public subscript(i: Int) -> Double { rows.value(measure, i) }
}
