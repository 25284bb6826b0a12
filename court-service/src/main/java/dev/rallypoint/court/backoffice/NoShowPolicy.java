package dev.rallypoint.court.backoffice;

/** What a club keeps of a no-show's price; the rest is refunded. */
sealed interface NoShowPolicy {

    /** Points kept of a reservation that cost {@code price}. */
    long kept(long price);

    /** The whole price is kept. */
    record NoRefund() implements NoShowPolicy {

        @Override
        public long kept(long price) {
            return price;
        }
    }

    /** {@code refundPercent} of the price goes back (rounded down), the rest is kept. */
    record PartialRefund(int refundPercent) implements NoShowPolicy {

        public PartialRefund {
            if (refundPercent < 0 || refundPercent > 100) {
                throw new InvalidAttendanceRule("refund-percent");
            }
        }

        @Override
        public long kept(long price) {
            return price - Math.multiplyExact(price, refundPercent) / 100;
        }
    }

    /** A deposit of {@code points} is kept (never more than the price), the rest goes back. */
    record DepositKept(long points) implements NoShowPolicy {

        public DepositKept {
            if (points < 0) {
                throw new InvalidAttendanceRule("deposit");
            }
        }

        @Override
        public long kept(long price) {
            return Math.min(points, price);
        }
    }

    /** The stored name of the kind. */
    default String kind() {
        return switch (this) {
            case NoRefund n -> "NO_REFUND";
            case PartialRefund p -> "PARTIAL_REFUND";
            case DepositKept d -> "DEPOSIT_KEPT";
        };
    }

    static NoShowPolicy of(String kind, int refundPercent, long deposit) {
        return switch (kind) {
            case "NO_REFUND" -> new NoRefund();
            case "PARTIAL_REFUND" -> new PartialRefund(refundPercent);
            case "DEPOSIT_KEPT" -> new DepositKept(deposit);
            default -> throw new InvalidAttendanceRule("no-show-policy");
        };
    }
}
