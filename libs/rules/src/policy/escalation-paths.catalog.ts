/**
 * Named privilege-escalation paths. A path is held when, for every step, at least one of the step's
 * actions is granted; `anyRole` steps count only when granted on every role (`*` or `role/*`).
 */
export interface EscalationPathDefinition {
  readonly id: string;
  readonly title: string;
  readonly steps: readonly EscalationStepDefinition[];
}

export interface EscalationStepDefinition {
  readonly anyOf: readonly string[];
  readonly anyRole?: boolean;
}

const PASS_ROLE: EscalationStepDefinition = { anyOf: ['iam:PassRole'] };
const step = (...anyOf: string[]): EscalationStepDefinition => ({ anyOf });

export const ESCALATION_PATHS: readonly EscalationPathDefinition[] = [
  { id: 'iam-role-policy', title: 'iam:PutRolePolicy / iam:AttachRolePolicy', steps: [step('iam:PutRolePolicy', 'iam:AttachRolePolicy')] },
  { id: 'iam-user-policy', title: 'iam:PutUserPolicy / iam:AttachUserPolicy', steps: [step('iam:PutUserPolicy', 'iam:AttachUserPolicy')] },
  { id: 'iam-group-policy', title: 'iam:PutGroupPolicy / iam:AttachGroupPolicy', steps: [step('iam:PutGroupPolicy', 'iam:AttachGroupPolicy')] },
  { id: 'iam-policy-version', title: 'iam:CreatePolicyVersion / iam:SetDefaultPolicyVersion', steps: [step('iam:CreatePolicyVersion', 'iam:SetDefaultPolicyVersion')] },
  { id: 'iam-update-trust', title: 'iam:UpdateAssumeRolePolicy', steps: [step('iam:UpdateAssumeRolePolicy')] },
  { id: 'iam-user-credentials', title: 'iam:CreateAccessKey / iam:CreateLoginProfile / iam:UpdateLoginProfile', steps: [step('iam:CreateAccessKey', 'iam:CreateLoginProfile', 'iam:UpdateLoginProfile')] },
  { id: 'iam-add-user-to-group', title: 'iam:AddUserToGroup', steps: [step('iam:AddUserToGroup')] },
  { id: 'sts-assume-any-role', title: 'sts:AssumeRole on *', steps: [{ anyOf: ['sts:AssumeRole'], anyRole: true }] },
  { id: 'pass-role-ec2', title: 'iam:PassRole + ec2:RunInstances', steps: [PASS_ROLE, step('ec2:RunInstances')] },
  { id: 'pass-role-ec2-instance-profile', title: 'iam:PassRole + ec2:AssociateIamInstanceProfile', steps: [PASS_ROLE, step('ec2:AssociateIamInstanceProfile', 'ec2:ReplaceIamInstanceProfileAssociation')] },
  { id: 'pass-role-ecs', title: 'iam:PassRole + ecs:RunTask', steps: [PASS_ROLE, step('ecs:RunTask', 'ecs:StartTask', 'ecs:CreateService', 'ecs:UpdateService')] },
  { id: 'pass-role-lambda', title: 'iam:PassRole + lambda:CreateFunction + invoke', steps: [PASS_ROLE, step('lambda:CreateFunction'), step('lambda:InvokeFunction', 'lambda:CreateEventSourceMapping', 'lambda:CreateFunctionUrlConfig')] },
  { id: 'pass-role-cloudformation', title: 'iam:PassRole + cloudformation:CreateStack', steps: [PASS_ROLE, step('cloudformation:CreateStack', 'cloudformation:UpdateStack')] },
  { id: 'pass-role-glue', title: 'iam:PassRole + glue:CreateDevEndpoint', steps: [PASS_ROLE, step('glue:CreateDevEndpoint', 'glue:CreateJob')] },
  { id: 'pass-role-codebuild', title: 'iam:PassRole + codebuild:CreateProject + codebuild:StartBuild', steps: [PASS_ROLE, step('codebuild:CreateProject'), step('codebuild:StartBuild')] },
  { id: 'pass-role-sagemaker', title: 'iam:PassRole + sagemaker:CreateNotebookInstance', steps: [PASS_ROLE, step('sagemaker:CreateNotebookInstance', 'sagemaker:CreateTrainingJob', 'sagemaker:CreateProcessingJob')] },
  { id: 'pass-role-eks-pod-identity', title: 'iam:PassRole + eks:CreatePodIdentityAssociation', steps: [PASS_ROLE, step('eks:CreatePodIdentityAssociation', 'eks:UpdatePodIdentityAssociation')] },
  { id: 'eks-access-entry', title: 'eks:CreateAccessEntry + eks:AssociateAccessPolicy', steps: [step('eks:CreateAccessEntry'), step('eks:AssociateAccessPolicy')] },
  { id: 'lambda-update-code', title: 'lambda:UpdateFunctionCode', steps: [step('lambda:UpdateFunctionCode')] },
  { id: 'ssm-run-on-instance', title: 'ssm:SendCommand / ssm:StartSession', steps: [step('ssm:SendCommand', 'ssm:StartSession')] },
  { id: 'ecs-execute-command', title: 'ecs:ExecuteCommand', steps: [step('ecs:ExecuteCommand')] },
];
