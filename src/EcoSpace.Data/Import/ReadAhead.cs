using System.Globalization;
using System.Runtime.ExceptionServices;

namespace EcoSpace.Data.Import;

/// <summary>
/// Runs the reading side of an import on a thread of its own: enumerates the source and maps each
/// item (parse, validate, encode) while the caller's thread writes the previous ones to SQLite.
/// Items wait in a queue bounded by count and by weight (bytes), so that a few huge features
/// cannot pile up in memory. An exception of the source or the map is rethrown to the consumer
/// after the items before it; disposing stops the reader and waits for it.
/// </summary>
internal sealed class ReadAhead<T> : IDisposable
{
    private readonly object gate = new();
    private readonly Queue<(T Item, long Weight)> queue = new();
    private readonly int maxItems;
    private readonly long maxWeight;
    private readonly Thread thread;
    private long weight;
    private bool completed, abandoned;

    // Who sleeps on the gate: waking the other thread only when it sleeps saves two futex calls per
    // feature (the queue is rarely both empty and full).
    private bool consumerWaiting, producerWaiting;
    private ExceptionDispatchInfo? failure;

    /// <param name="produce">Called on the reading thread with the function that hands over one item and its weight (false: stop).</param>
    public ReadAhead(Action<Func<T, long, bool>> produce, int maxItems, long maxWeight)
    {
        this.maxItems = maxItems;
        this.maxWeight = maxWeight;
        // Messages made on the reading thread (validation) format numbers as the caller's thread would.
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        thread = new Thread(() =>
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
            Produce(produce);
        })
        { IsBackground = true, Name = "EcoSpace import reader" };
        thread.Start();
    }

    /// <summary>The next item in source order; false once the source is done. Rethrows the reader's exception.</summary>
    public bool TryTake(out T item)
    {
        lock (gate)
        {
            while (queue.Count == 0 && !completed)
            {
                consumerWaiting = true;
                Monitor.Wait(gate);
                consumerWaiting = false;
            }
            if (queue.Count > 0)
            {
                (item, long itemWeight) = queue.Dequeue();
                weight -= itemWeight;
                if (producerWaiting)
                    Monitor.PulseAll(gate);
                return true;
            }
        }
        failure?.Throw();
        item = default!;
        return false;
    }

    public void Dispose()
    {
        lock (gate)
        {
            abandoned = true;
            Monitor.PulseAll(gate);
        }
        thread.Join();
    }

    private void Produce(Action<Func<T, long, bool>> produce)
    {
        try
        {
            produce(Add);
        }
        catch (Exception e)
        {
            failure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            lock (gate)
            {
                completed = true;
                Monitor.PulseAll(gate);
            }
        }
    }

    private bool Add(T item, long itemWeight)
    {
        lock (gate)
        {
            while (!abandoned && queue.Count > 0 && (queue.Count >= maxItems || weight + itemWeight > maxWeight))
            {
                producerWaiting = true;
                Monitor.Wait(gate);
                producerWaiting = false;
            }
            if (abandoned)
                return false;
            queue.Enqueue((item, itemWeight));
            weight += itemWeight;
            if (consumerWaiting)
                Monitor.PulseAll(gate);
            return true;
        }
    }
}
