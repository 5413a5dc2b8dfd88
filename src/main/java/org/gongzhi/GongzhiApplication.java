package org.gongzhi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class GongzhiApplication {

    public static void main(String[] args) {
        SpringApplication.run(GongzhiApplication.class, args);
    }
}
