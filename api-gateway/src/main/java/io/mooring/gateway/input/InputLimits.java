package io.mooring.gateway.input;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How big a request body may be before the gateway refuses it unread (413).
 *
 * @param maxBodySize any JSON body but a job's
 * @param maxJobBodySize the body of {@code POST /api/enablement-jobs}: room for 10,000 page ids
 */
@ConfigurationProperties("mooring.gateway.input")
public record InputLimits(
    @DefaultValue("64KB") DataSize maxBodySize, @DefaultValue("1MB") DataSize maxJobBodySize) {}
