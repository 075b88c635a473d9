# Rolecall member-account role: apply in every member account (one aws provider per account).
# The action list between the rolecall:actions markers is checked against the collectors' code
# (libs/aws/src/permissions.spec.ts): it is exactly what Rolecall calls, nothing more.

locals {
  rolecall_actions = [
    # rolecall:actions:begin
    "autoscaling:DescribeAutoScalingGroups",
    "autoscaling:DescribeLaunchConfigurations",
    "ec2:DescribeInstances",
    "ec2:DescribeLaunchTemplateVersions",
    "ec2:DescribeLaunchTemplates",
    "ec2:DescribeRegions",
    "ec2:GetInstanceMetadataDefaults",
    "ecs:DescribeClusters",
    "ecs:DescribeContainerInstances",
    "ecs:DescribeServices",
    "ecs:DescribeTaskDefinition",
    "ecs:DescribeTasks",
    "ecs:ListClusters",
    "ecs:ListContainerInstances",
    "ecs:ListServices",
    "ecs:ListTaskDefinitionFamilies",
    "ecs:ListTasks",
    "eks:DescribeAccessEntry",
    "eks:DescribeCluster",
    "eks:DescribeFargateProfile",
    "eks:DescribeNodegroup",
    "eks:DescribePodIdentityAssociation",
    "eks:ListAccessEntries",
    "eks:ListAssociatedAccessPolicies",
    "eks:ListClusters",
    "eks:ListFargateProfiles",
    "eks:ListNodegroups",
    "eks:ListPodIdentityAssociations",
    "iam:GenerateServiceLastAccessedDetails",
    "iam:GetAccountAuthorizationDetails",
    "iam:GetOpenIDConnectProvider",
    "iam:GetServiceLastAccessedDetails",
    "iam:ListOpenIDConnectProviders",
    # rolecall:actions:end
  ]
}

data "aws_iam_policy_document" "trust" {
  statement {
    effect  = "Allow"
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = [var.scanner_principal_arn]
    }
    condition {
      test     = "StringEquals"
      variable = "sts:ExternalId"
      values   = [var.external_id]
    }
  }
}

data "aws_iam_policy_document" "read" {
  statement {
    sid       = "RolecallReadOnly"
    effect    = "Allow"
    actions   = local.rolecall_actions
    resources = ["*"]
  }
}

resource "aws_iam_role" "rolecall" {
  name                 = var.role_name
  description          = "Assumed by Rolecall to read ECS and EKS identity configuration (read-only)."
  max_session_duration = 3600
  assume_role_policy   = data.aws_iam_policy_document.trust.json
  tags                 = var.tags
}

resource "aws_iam_role_policy" "read" {
  name   = "rolecall-read"
  role   = aws_iam_role.rolecall.id
  policy = data.aws_iam_policy_document.read.json
}
