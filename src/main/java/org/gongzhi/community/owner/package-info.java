/**
 * Owners as persons for owners' votes: who of them has no identity on file yet (staff complete it with an ID
 * number), and the units no household lives in, the developer's or standing empty.
 */
package org.gongzhi.community.owner;
