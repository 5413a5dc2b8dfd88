package org.gongzhi.renewal;

import java.util.List;

/**
 * A pledge as the staff who record money see it: the pledge, and every payment recorded against it, oldest first —
 * a confirmed one with its receipt, an unconfirmed one still waiting for the second person.
 */
public record PledgeWithPayments(Pledge pledge, List<CampaignPayment> payments) {
}
