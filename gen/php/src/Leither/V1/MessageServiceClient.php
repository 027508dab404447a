<?php
// GENERATED CODE -- DO NOT EDIT!

namespace Leither\V1;

/**
 * MessageService delivers signed messages to users. A message is queued on the recipient's
 * home node (forwarded there when sent on another node) until the recipient reads it; the node
 * keeps unread messages for at least 7 days. Reading removes messages from the queue: every
 * message is delivered once, through whichever of ReadMessages, PullMessage or WatchMessages
 * takes it first.
 *
 * Signing. A message is signed with the sender's Ed25519 key over these bytes, where lp(x) is
 * the 4-byte big-endian length of x followed by x:
 *   "leither.v1.Message" || u64be(sent_at in Unix milliseconds) || lp(from_id) || lp(to_id) ||
 *   lp(app_id) || lp(msg) || lp(data)
 * (strings as UTF-8). Nodes check the signature on sending and on forwarding; recipients can
 * check it again with the sender's public key.
 *
 * System messages have an empty app id; the node sends one with msg "offline" to everyone
 * watching a user's queue when that user logs out.
 *
 * Replaces the original SendMsg, ReadMsg and PullMsg.
 */
class MessageServiceClient extends \Grpc\BaseStub {

    /**
     * @param string $hostname hostname
     * @param array $opts channel options
     * @param \Grpc\Channel $channel (optional) re-use channel object
     */
    public function __construct($hostname, $opts, $channel = null) {
        parent::__construct($hostname, $opts, $channel);
    }

    /**
     * SendMessage queues a message for its recipient. The sender must be the caller. When the
     * signature is empty the node signs with the caller's key (a password session unlocks it);
     * otherwise it checks the given signature.
     * @param \Leither\V1\SendMessageRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function SendMessage(\Leither\V1\SendMessageRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.MessageService/SendMessage',
        $argument,
        ['\Leither\V1\SendMessageResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ReadMessages takes queued messages for the caller, oldest first, up to a limit. `more`
     * says to call again.
     * @param \Leither\V1\ReadMessagesRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ReadMessages(\Leither\V1\ReadMessagesRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.MessageService/ReadMessages',
        $argument,
        ['\Leither\V1\ReadMessagesResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * PullMessage takes the oldest queued message for the caller, waiting up to a timeout for
     * one to arrive.
     * @param \Leither\V1\PullMessageRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function PullMessage(\Leither\V1\PullMessageRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.MessageService/PullMessage',
        $argument,
        ['\Leither\V1\PullMessageResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * WatchMessages streams the caller's messages as they arrive, starting with those already
     * queued. Each message sent on the stream leaves the queue.
     * @param \Leither\V1\WatchMessagesRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\ServerStreamingCall
     */
    public function WatchMessages(\Leither\V1\WatchMessagesRequest $argument,
      $metadata = [], $options = []) {
        return $this->_serverStreamRequest('/leither.v1.MessageService/WatchMessages',
        $argument,
        ['\Leither\V1\WatchMessagesResponse', 'decode'],
        $metadata, $options);
    }

}
