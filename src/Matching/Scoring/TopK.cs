namespace Matching.Scoring;

/// <summary>Selects the k smallest indices under a total order, sorted: a bounded heap when k is small, a full sort otherwise.</summary>
internal static class TopK
{
    public static int[] Select(int n, int k, Comparison<int> compare)
    {
        k = Math.Min(k, n);
        if (k <= 0) return Array.Empty<int>();
        if (k * 4 >= n)
        {
            var all = new int[n];
            for (var i = 0; i < n; i++) all[i] = i;
            Array.Sort(all, compare);
            return k == n ? all : all[..k];
        }
        // Max-heap of the best k seen: the root is the worst kept.
        var heap = new int[k];
        var size = 0;
        for (var i = 0; i < n; i++)
        {
            if (size < k)
            {
                heap[size] = i;
                SiftUp(heap, size++, compare);
            }
            else if (compare(i, heap[0]) < 0)
            {
                heap[0] = i;
                SiftDown(heap, 0, size, compare);
            }
        }
        Array.Sort(heap, compare);
        return heap;
    }

    private static void SiftUp(int[] h, int i, Comparison<int> cmp)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (cmp(h[i], h[parent]) <= 0) break;
            (h[i], h[parent]) = (h[parent], h[i]);
            i = parent;
        }
    }

    private static void SiftDown(int[] h, int i, int size, Comparison<int> cmp)
    {
        while (true)
        {
            var l = 2 * i + 1;
            var r = l + 1;
            var worst = i;
            if (l < size && cmp(h[l], h[worst]) > 0) worst = l;
            if (r < size && cmp(h[r], h[worst]) > 0) worst = r;
            if (worst == i) return;
            (h[i], h[worst]) = (h[worst], h[i]);
            i = worst;
        }
    }
}
