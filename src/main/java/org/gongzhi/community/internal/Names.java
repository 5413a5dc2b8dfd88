package org.gongzhi.community.internal;

import java.util.Random;

/** Plausible Chinese names, with given names that follow the fashion of the person's generation. */
final class Names {

    static final String[] CHINESE_NUMBERS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
            + "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛"
            + "郝龚邵万钱严武戴孔汤";
    private static final String OLDER_MEN = "国建明华德志文忠军平福荣兴海伟林根宝发庆生永";
    private static final String OLDER_WOMEN = "秀英兰芳凤珍玉梅琴桂华美丽红霞萍敏娟";
    private static final String YOUNGER_MEN = "浩宇轩子涵博文杰俊辰逸晨昊睿泽航然磊鑫鹏";
    private static final String YOUNGER_WOMEN = "欣怡梓涵雨萱诗琪佳琳思彤雪婷晓悦可馨嘉颖若";

    private final Random random;

    Names(Random random) {
        this.random = random;
    }

    String surname() {
        // the first surnames are far more common, as in life
        int index = (int) Math.floor(Math.pow(random.nextDouble(), 2.2) * SURNAMES.length());
        return String.valueOf(SURNAMES.charAt(index));
    }

    String given(boolean male, int age) {
        String pool = age >= 45 ? (male ? OLDER_MEN : OLDER_WOMEN) : (male ? YOUNGER_MEN : YOUNGER_WOMEN);
        String first = String.valueOf(pool.charAt(random.nextInt(pool.length())));
        return random.nextInt(100) < 30 ? first : first + pool.charAt(random.nextInt(pool.length()));
    }

    String name(boolean male) {
        return surname() + given(male, 40 + random.nextInt(30));
    }
}
