<?php
// GENERATED CODE -- DO NOT EDIT!

namespace Leither\V1;

/**
 * IdentityService registers users, logs them in and out, and issues and verifies the signed
 * documents (passes and certificates) that carry identity between nodes.
 *
 * Replaces the original Register, Login, LoginWithPPT, Logout, SetUserInfo, GetVar(userinfo),
 * SignPPT, Sign, RequestService and the lpki key/cert/ppt commands.
 */
class IdentityServiceClient extends \Grpc\BaseStub {

    /**
     * @param string $hostname hostname
     * @param array $opts channel options
     * @param \Grpc\Channel $channel (optional) re-use channel object
     */
    public function __construct($hostname, $opts, $channel = null) {
        parent::__construct($hostname, $opts, $channel);
    }

    /**
     * Register creates a user on this node: a fresh Ed25519 key pair, its private half stored
     * encrypted under a key derived from the password (scrypt). Fails with ALREADY_EXISTS when the
     * name is taken.
     * @param \Leither\V1\RegisterRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function Register(\Leither\V1\RegisterRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.IdentityService/Register',
        $argument,
        ['\Leither\V1\RegisterResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * Login starts a session as a guest, by name and password, or by a signed pass from a trusted
     * issuer. Repeated wrong passwords for a name are rate-limited (RESOURCE_EXHAUSTED).
     * @param \Leither\V1\LoginRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function Login(\Leither\V1\LoginRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.IdentityService/Login',
        $argument,
        ['\Leither\V1\LoginResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * Logout ends the caller's session; the session id stops working at once.
     * @param \Leither\V1\LogoutRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function Logout(\Leither\V1\LogoutRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.IdentityService/Logout',
        $argument,
        ['\Leither\V1\LogoutResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetUserInfo returns the public information of a user (the caller when no id is given).
     * @param \Leither\V1\GetUserInfoRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetUserInfo(\Leither\V1\GetUserInfoRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.IdentityService/GetUserInfo',
        $argument,
        ['\Leither\V1\GetUserInfoResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * SetUserInfo changes the caller's own profile fields or password.
     * @param \Leither\V1\SetUserInfoRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function SetUserInfo(\Leither\V1\SetUserInfoRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.IdentityService/SetUserInfo',
        $argument,
        ['\Leither\V1\SetUserInfoResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * SignPass issues a pass signed with the caller's key (the session must have been opened with
     * the password, which unlocks the key), carrying `info` and valid for `hours`.
     * @param \Leither\V1\SignPassRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function SignPass(\Leither\V1\SignPassRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.IdentityService/SignPass',
        $argument,
        ['\Leither\V1\SignPassResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * VerifyPass checks a pass: its signature, its validity period and whether this node trusts
     * its issuer. An invalid pass is reported in the response, not as an error.
     * @param \Leither\V1\VerifyPassRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function VerifyPass(\Leither\V1\VerifyPassRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.IdentityService/VerifyPass',
        $argument,
        ['\Leither\V1\VerifyPassResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * Sign signs raw bytes with the caller's key (Ed25519).
     * @param \Leither\V1\SignRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function Sign(\Leither\V1\SignRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.IdentityService/Sign',
        $argument,
        ['\Leither\V1\SignResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * VerifySignature checks an Ed25519 signature of a message by a public key or a user id known
     * to this node.
     * @param \Leither\V1\VerifySignatureRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function VerifySignature(\Leither\V1\VerifySignatureRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.IdentityService/VerifySignature',
        $argument,
        ['\Leither\V1\VerifySignatureResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * IssueCertificate signs a certificate with the caller's key: for the caller's own public key
     * (self-signed) or, acting as a certificate authority, for another public key.
     * @param \Leither\V1\IssueCertificateRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function IssueCertificate(\Leither\V1\IssueCertificateRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.IdentityService/IssueCertificate',
        $argument,
        ['\Leither\V1\IssueCertificateResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * VerifyCertificate checks a certificate offline: signature, validity period and, when
     * `ca_public_key` is given, that this CA issued it.
     * @param \Leither\V1\VerifyCertificateRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function VerifyCertificate(\Leither\V1\VerifyCertificateRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.IdentityService/VerifyCertificate',
        $argument,
        ['\Leither\V1\VerifyCertificateResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * TrustIssuer makes passes signed by an issuer's key log in on this node. Node admins only.
     * @param \Leither\V1\TrustIssuerRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function TrustIssuer(\Leither\V1\TrustIssuerRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.IdentityService/TrustIssuer',
        $argument,
        ['\Leither\V1\TrustIssuerResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * UntrustIssuer withdraws the trust given by TrustIssuer. Node admins only.
     * @param \Leither\V1\UntrustIssuerRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function UntrustIssuer(\Leither\V1\UntrustIssuerRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.IdentityService/UntrustIssuer',
        $argument,
        ['\Leither\V1\UntrustIssuerResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ListTrustedIssuers lists the issuers whose passes log in on this node.
     * @param \Leither\V1\ListTrustedIssuersRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ListTrustedIssuers(\Leither\V1\ListTrustedIssuersRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.IdentityService/ListTrustedIssuers',
        $argument,
        ['\Leither\V1\ListTrustedIssuersResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * RequestService asks this node to grant a service (for example "mimei" or "relay") to the
     * holder of a self-signed pass naming it; the node's policy decides.
     * @param \Leither\V1\RequestServiceRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function RequestService(\Leither\V1\RequestServiceRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.IdentityService/RequestService',
        $argument,
        ['\Leither\V1\RequestServiceResponse', 'decode'],
        $metadata, $options);
    }

}
