import GovDoc
