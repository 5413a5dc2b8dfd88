package org.gongzhi.cases.open311;

/**
 * A POSTed GeoReport v2 request, as far as it is kept: the submitter's e-mail, name and phone are not read
 * at all, since nothing here needs them (the city system that files the request keeps its own contact).
 * {@code coordsys} says the datum of lat/long: wgs84 (the standard's, the default) or gcj02.
 */
public record Open311Submission(String apiKey, String serviceCode, String description, String addressString,
        String addressId, String lat, String lon, String mediaUrl, String coordsys) {

    public Open311Submission(String apiKey, String serviceCode, String description, String addressString,
            String addressId, String lat, String lon, String mediaUrl) {
        this(apiKey, serviceCode, description, addressString, addressId, lat, lon, mediaUrl, null);
    }
}
