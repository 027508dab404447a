<?php
// GENERATED CODE -- DO NOT EDIT!

namespace Leither\V1;

/**
 * OrgService creates organizations and manages who belongs to them.
 *
 * An organization is an Ed25519 key pair; its Leither ID is the organization id. The node that
 * creates it keeps the private key (encrypted under the node key) and signs for it when its
 * supervisors act. The organization's state (info, members, applications) is a DB MiMei
 * authored by the organization and replicated to its supervisors' nodes. Each organization
 * keeps a token ledger (LedgerService) and may run contracts (ContractService).
 *
 * Roles: a supervisor runs the organization (approves members, changes info and roles); a
 * member takes part (holds tokens, votes); a guest follows it (reads what members may share).
 * Membership is by application: anyone applies, supervisors approve, and an application
 * becomes membership once `approvals_required` supervisors approved it. Applying as a guest is
 * approved at once.
 *
 * The original had no organization API (GongShi describes organizations in prose only); this
 * service is new.
 */
class OrgServiceClient extends \Grpc\BaseStub {

    /**
     * @param string $hostname hostname
     * @param array $opts channel options
     * @param \Grpc\Channel $channel (optional) re-use channel object
     */
    public function __construct($hostname, $opts, $channel = null) {
        parent::__construct($hostname, $opts, $channel);
    }

    /**
     * CreateOrg creates an organization with the caller as its first supervisor.
     * @param \Leither\V1\CreateOrgRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function CreateOrg(\Leither\V1\CreateOrgRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.OrgService/CreateOrg',
        $argument,
        ['\Leither\V1\CreateOrgResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * GetOrgInfo returns an organization's public information. Open to guests.
     * @param \Leither\V1\GetOrgInfoRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function GetOrgInfo(\Leither\V1\GetOrgInfoRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.OrgService/GetOrgInfo',
        $argument,
        ['\Leither\V1\GetOrgInfoResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * UpdateOrgInfo changes an organization's public information or approval rule. Supervisors
     * only.
     * @param \Leither\V1\UpdateOrgInfoRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function UpdateOrgInfo(\Leither\V1\UpdateOrgInfoRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.OrgService/UpdateOrgInfo',
        $argument,
        ['\Leither\V1\UpdateOrgInfoResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ListOrgs lists the organizations known to this node, or those the caller belongs to.
     * @param \Leither\V1\ListOrgsRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ListOrgs(\Leither\V1\ListOrgsRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.OrgService/ListOrgs',
        $argument,
        ['\Leither\V1\ListOrgsResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ApplyToOrg asks to join an organization in a role (or, for a member, to change role).
     * @param \Leither\V1\ApplyToOrgRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ApplyToOrg(\Leither\V1\ApplyToOrgRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.OrgService/ApplyToOrg',
        $argument,
        ['\Leither\V1\ApplyToOrgResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ListOrgApplications lists an organization's applications (supervisors), or the caller's
     * own.
     * @param \Leither\V1\ListOrgApplicationsRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ListOrgApplications(\Leither\V1\ListOrgApplicationsRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.OrgService/ListOrgApplications',
        $argument,
        ['\Leither\V1\ListOrgApplicationsResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ApproveOrgApplication records a supervisor's approval; the applicant joins when enough
     * supervisors approved.
     * @param \Leither\V1\ApproveOrgApplicationRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ApproveOrgApplication(\Leither\V1\ApproveOrgApplicationRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.OrgService/ApproveOrgApplication',
        $argument,
        ['\Leither\V1\ApproveOrgApplicationResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * RejectOrgApplication rejects an application; one supervisor's rejection ends it.
     * @param \Leither\V1\RejectOrgApplicationRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function RejectOrgApplication(\Leither\V1\RejectOrgApplicationRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.OrgService/RejectOrgApplication',
        $argument,
        ['\Leither\V1\RejectOrgApplicationResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * LeaveOrg ends the caller's membership (or withdraws a pending application). The last
     * supervisor cannot leave (FAILED_PRECONDITION, reason LAST_SUPERVISOR).
     * @param \Leither\V1\LeaveOrgRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function LeaveOrg(\Leither\V1\LeaveOrgRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.OrgService/LeaveOrg',
        $argument,
        ['\Leither\V1\LeaveOrgResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * ListOrgMembers lists an organization's members and their roles. Members only.
     * @param \Leither\V1\ListOrgMembersRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function ListOrgMembers(\Leither\V1\ListOrgMembersRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.OrgService/ListOrgMembers',
        $argument,
        ['\Leither\V1\ListOrgMembersResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * SetOrgMemberRole changes a member's role. Supervisors only.
     * @param \Leither\V1\SetOrgMemberRoleRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function SetOrgMemberRole(\Leither\V1\SetOrgMemberRoleRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.OrgService/SetOrgMemberRole',
        $argument,
        ['\Leither\V1\SetOrgMemberRoleResponse', 'decode'],
        $metadata, $options);
    }

    /**
     * RemoveOrgMember removes a member. Supervisors only; the last supervisor cannot be removed.
     * @param \Leither\V1\RemoveOrgMemberRequest $argument input argument
     * @param array $metadata metadata
     * @param array $options call options
     * @return \Grpc\UnaryCall
     */
    public function RemoveOrgMember(\Leither\V1\RemoveOrgMemberRequest $argument,
      $metadata = [], $options = []) {
        return $this->_simpleRequest('/leither.v1.OrgService/RemoveOrgMember',
        $argument,
        ['\Leither\V1\RemoveOrgMemberResponse', 'decode'],
        $metadata, $options);
    }

}
