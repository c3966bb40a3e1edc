package dev.lede.discovery;

/**
 * The best {@code limit} distinct items of one type among the keys offered so far, each with its best key (the
 * smallest order; of equal orders, the first offered). Small arrays and a linear scan: the limit is at most ten,
 * and once full, a key no better than the worst kept is refused with one comparison, which is the fate of nearly
 * every key of a long prefix range.
 *
 * <p>An item pushed out is never wrongly forgotten: it left because {@code limit} other items had better orders, and
 * the worst kept only improves afterwards, so a later key of that item is taken exactly when it is better than
 * everything the item had before.
 */
final class BestKeys {
    private final long[] orders;
    private final int[] keys;
    private final int[] items;
    private int size;
    /**
     * Keys of this order or worse are refused: once full, the worst order kept; before that, above any order (orders
     * are not negative), so that all are taken; for a limit of 0, below any, so that none is.
     */
    private long bar;
    private int worst;

    BestKeys(int limit) {
        int capacity = Math.max(limit, 0);
        bar = capacity > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        orders = new long[capacity];
        keys = new int[capacity];
        items = new int[capacity];
    }

    void offer(long order, int key, int item) {
        if (order >= bar) {
            return;
        }
        for (int i = 0; i < size; i++) {
            if (items[i] == item) {
                if (order < orders[i]) {
                    orders[i] = order;
                    keys[i] = key;
                    resetBar();
                }
                return;
            }
        }
        int slot = size < orders.length ? size++ : worst;
        orders[slot] = order;
        keys[slot] = key;
        items[slot] = item;
        resetBar();
    }

    /** Once full, the bar is the worst order kept (a better key of a kept item can lower it too). */
    private void resetBar() {
        if (size < orders.length) {
            return;
        }
        worst = 0;
        for (int i = 1; i < size; i++) {
            if (orders[i] > orders[worst]) {
                worst = i;
            }
        }
        bar = orders[worst];
    }

    int size() {
        return size;
    }

    long order(int i) {
        return orders[i];
    }

    int key(int i) {
        return keys[i];
    }
}
