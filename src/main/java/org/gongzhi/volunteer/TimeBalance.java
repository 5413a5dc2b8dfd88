package org.gongzhi.volunteer;

/**
 * A person's time-bank account in minutes: earned by verified service, spent on served requests, held by open ones.
 * What is left to ask for is {@link #available()}.
 */
public record TimeBalance(long earned, long spent, long held) {

    public long available() {
        return earned - spent - held;
    }
}
