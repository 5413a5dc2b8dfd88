package org.gongzhi.shared.demo;

/**
 * One module's part of the demo data, loaded after the register and the demo accounts in {@code @Order};
 * each step does nothing when its data is already there.
 */
public interface DemoStep {

    void load();
}
