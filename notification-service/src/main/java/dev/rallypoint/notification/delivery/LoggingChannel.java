package dev.rallypoint.notification.delivery;

import dev.rallypoint.notification.preference.ChannelType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A channel that only logs what it would send: SMS and push where no gateway is configured (development). */
class LoggingChannel implements Channel {

    private static final Logger log = LoggerFactory.getLogger(LoggingChannel.class);

    private final ChannelType type;

    LoggingChannel(ChannelType type) {
        this.type = type;
    }

    @Override
    public ChannelType type() {
        return type;
    }

    @Override
    public void send(Message message) {
        log.info("{} message {} to {}: {}", type, message.id(), mask(message.address()), message.subject());
    }

    /** Enough of the address to tell messages apart in a log, not enough to reach the person. */
    static String mask(String address) {
        return address.length() <= 4 ? "****" : "****" + address.substring(address.length() - 4);
    }
}
