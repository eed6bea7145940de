/// Small statistics helpers for metric closures.
public enum Statistics {
    /// Median (mean of the two middle values for an even count); `nil` when empty.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        var a = values
        return medianInPlace(&a)
    }

    /// Median by selection (O(n)); reorders `values`.
    public static func medianInPlace(_ values: inout [Double]) -> Double? {
        let n = values.count
        guard n > 0 else { return nil }
        return values.withUnsafeMutableBufferPointer { buf -> Double in
            let upper = select(buf, n / 2)
            if n % 2 == 1 { return upper }
            // The lower middle is the largest value left of n/2 after selection.
            var lower = buf[0]
            for i in 1..<(n / 2) where buf[i] > lower { lower = buf[i] }
            return (lower + upper) / 2
        }
    }

    /// Hoare-style quickselect: the k-th smallest value; afterwards every
    /// element left of `k` is <= it.
    static func select(_ a: UnsafeMutableBufferPointer<Double>, _ k: Int) -> Double {
        var lo = 0, hi = a.count - 1
        while lo < hi {
            // median of three as pivot
            let mid = lo + (hi - lo) / 2
            if a[mid] < a[lo] { a.swapAt(mid, lo) }
            if a[hi] < a[lo] { a.swapAt(hi, lo) }
            if a[hi] < a[mid] { a.swapAt(hi, mid) }
            let pivot = a[mid]
            var i = lo, j = hi
            while i <= j {
                while a[i] < pivot { i += 1 }
                while a[j] > pivot { j -= 1 }
                if i <= j {
                    a.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if k <= j { hi = j } else if k >= i { lo = i } else { return a[k] }
        }
        return a[k]
    }

    /// Arithmetic mean; `nil` when empty.
    public static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
