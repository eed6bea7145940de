/// Unchecked access to the columns of a data set (for metric loops).
struct RowAccess: @unchecked Sendable {
    let data: BenchmarkData
    let followers, posts, likes, comments, shares, views, impressions, reach, mentions, response: UnsafeMutablePointer<Double>
    let day: UnsafeMutablePointer<Int32>

    init(_ data: BenchmarkData) {
        self.data = data
        let c = data.columns
        followers = c[Measure.followers.rawValue].base
        posts = c[Measure.posts.rawValue].base
        likes = c[Measure.likes.rawValue].base
        comments = c[Measure.comments.rawValue].base
        shares = c[Measure.shares.rawValue].base
        views = c[Measure.views.rawValue].base
        impressions = c[Measure.impressions.rawValue].base
        reach = c[Measure.reach.rawValue].base
        mentions = c[Measure.mentions.rawValue].base
        response = c[Measure.responseMinutes.rawValue].base
        day = data.day.base
    }

    /// Interactions of row `r`: likes + comments + shares (the known ones);
    /// missing when all three are missing, 0 on a day with 0 posts and no
    /// interaction cells.
    @inline(__always) func interactions(_ r: Int) -> Double {
        let a = likes[r], b = comments[r], c = shares[r]
        if a.isNaN && b.isNaN && c.isNaN { return posts[r] == 0 ? 0 : .nan }
        return (a.isNaN ? 0 : a) + (b.isNaN ? 0 : b) + (c.isNaN ? 0 : c)
    }

    /// Likes + 2 × comments + 3 × shares (Fanpage Karma's weights), same rules.
    @inline(__always) func weightedInteractions(_ r: Int) -> Double {
        let a = likes[r], b = comments[r], c = shares[r]
        if a.isNaN && b.isNaN && c.isNaN { return posts[r] == 0 ? 0 : .nan }
        return (a.isNaN ? 0 : a) + 2 * (b.isNaN ? 0 : b) + 3 * (c.isNaN ? 0 : c)
    }

    @inline(__always) func pointer(_ m: Measure) -> UnsafeMutablePointer<Double>? {
        m == .interactions ? nil : data.columns[m.rawValue].base
    }

    @inline(__always) func value(_ m: Measure, _ r: Int) -> Double {
        switch m {
        case .followers: return followers[r]
        case .posts: return posts[r]
        case .likes: return likes[r]
        case .comments: return comments[r]
        case .shares: return shares[r]
        case .views: return views[r]
        case .impressions: return impressions[r]
        case .reach: return reach[r]
        case .mentions: return mentions[r]
        case .responseMinutes: return response[r]
        case .interactions: return interactions(r)
        }
    }
}
